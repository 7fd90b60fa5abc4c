import { describe, expect, it } from "vitest";
import { previewProps } from "@/emails/order-confirmation";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { InvalidMessageError } from "./errors";
import type { MessagePayload } from "@/emails/messages";
import { renderMessage } from "./render";

const payload: MessagePayload<"order-confirmation"> = {
  branding: { ...previewProps.branding, eventName: "DevConf", eventSlug: "devconf" },
  order: previewProps.order,
  pickupInfo: "Registration desk, hall A",
};

const myOrderUrl = `http://devconf.localhost:3000/my-order/${orderAccessToken(payload.order.orderId)}`;

describe("renderMessage", () => {
  it("renders the order confirmation with the reference, lines, answers and the my-order link", async () => {
    const mail = await renderMessage({ template: "order-confirmation", payload });
    expect(mail.subject).toBe("Your DevConf order DEV-7K3M9Q is confirmed");
    expect(mail.html).toContain("DEV-7K3M9Q");
    expect(mail.html).toContain(`href="${myOrderUrl}"`);
    expect(mail.html).toContain("View or cancel your order");
    expect(mail.html).toContain("Hoodie");
    expect(mail.html).toContain("€35.00");
    expect(mail.html).toContain("Free");
    expect(mail.html).toContain("Analytical Engines Ltd");
    expect(mail.html).toContain("Registration desk, hall A");
    expect(mail.html).toContain("Sent by Swagstand for DevConf");
    expect(mail.html).toContain("#0f766e");

    expect(mail.text).toContain("DEV-7K3M9Q");
    expect(mail.text).toContain(myOrderUrl);
    expect(mail.text).not.toMatch(/<[a-z/!][^>]*>/i);
  });

  it("renders the cancellation with its own subject and the my-order link", async () => {
    const mail = await renderMessage({
      template: "order-cancelled",
      payload: { branding: payload.branding, order: payload.order },
    });
    expect(mail.subject).toBe("Your DevConf order DEV-7K3M9Q was cancelled");
    expect(mail.html).toContain("DEV-7K3M9Q");
    expect(mail.html).toContain(`href="${myOrderUrl}"`);
    expect(mail.text).toContain(myOrderUrl);
    expect(mail.text).not.toMatch(/<[a-z/!][^>]*>/i);
  });

  it("says when the order was placed, in the event's zone and labelled, in every attendee email", async () => {
    // 13:05 UTC on 12 March 2026 is 14:05 in Berlin (CET).
    for (const template of ["order-confirmation", "order-cancelled"] as const) {
      const mail = await renderMessage({ template, payload });
      expect(mail.html, template).toContain("Placed on 12 Mar 2026, 14:05 CET");
      expect(mail.text, template).toContain("Placed on 12 Mar 2026, 14:05 CET");
    }
  });

  it("lists lines as queued and names no size for an item's only variant", async () => {
    const mail = await renderMessage({ template: "order-confirmation", payload });
    expect(mail.text).toContain("Size / option: M");
    expect(mail.text).toContain("Size / option: L");
    expect(mail.text).toContain("2 × Socks");
    expect(mail.text).not.toContain("One size");
    const positions = ["Conference T-shirt", "Hoodie", "Socks"].map((name) => mail.text.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("still renders a message queued before lines and times carried those details", async () => {
    const older = { ...payload.order, placedAt: undefined, timeZone: undefined };
    const mail = await renderMessage({
      template: "order-confirmation",
      payload: {
        ...payload,
        order: {
          ...older,
          lines: [{ itemName: "Socks", variantLabel: "One size", quantity: 1, unitPriceMinor: 0 }],
        },
      },
    });
    expect(mail.text).toContain("Size / option: One size");
    expect(mail.text).not.toContain("Placed on");
  });

  it("never stores the token: it is derived from the order id at render time", async () => {
    const other = {
      ...payload,
      order: { ...payload.order, orderId: "0d6f2d2e-2a7b-4f57-8c55-6c1a3f1b2c3d" },
    };
    const mail = await renderMessage({ template: "order-confirmation", payload: other });
    expect(mail.html).toContain(orderAccessToken(other.order.orderId));
    expect(mail.html).not.toContain(orderAccessToken(payload.order.orderId));
  });

  it("makes an uploaded logo absolute and drops brand colours that are not hex", async () => {
    const branded = {
      ...payload,
      branding: {
        ...payload.branding,
        logoUrl: "/api/blobs/logo.png",
        primaryColor: "red;background:url(x)",
      },
    };
    const mail = await renderMessage({ template: "order-confirmation", payload: branded });
    expect(mail.html).toContain('src="http://localhost:3000/api/blobs/logo.png"');
    expect(mail.html).not.toContain("url(x)");
  });

  it("refuses unknown templates and invalid payloads as permanent errors", async () => {
    await expect(renderMessage({ template: "nope", payload: {} })).rejects.toBeInstanceOf(
      InvalidMessageError,
    );
    await expect(
      renderMessage({ template: "order-confirmation", payload: { ...payload, order: { reference: 1 } } }),
    ).rejects.toBeInstanceOf(InvalidMessageError);
  });
});
