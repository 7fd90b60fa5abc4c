import { describe, expect, it } from "vitest";
import { renderMessage } from "@/lib/mail/render";
import type { MessagePayload } from "@/emails/messages";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { previewProps } from "./order-status-changed";

const payload: MessagePayload<"order-status-changed"> = {
  branding: { ...previewProps.branding, eventName: "DevConf", eventSlug: "devconf" },
  order: previewProps.order,
  fromStatus: "sent_to_supplier",
  toStatus: "ready_for_pickup",
  pickupInfo: "Registration desk, hall A",
};

const myOrderUrl = `http://devconf.localhost:3000/my-order/${orderAccessToken(payload.order.orderId)}`;

describe("order-status-changed email", () => {
  it("says the new status in words, with pick-up details and the my-order link derived at send time", async () => {
    const mail = await renderMessage({ template: "order-status-changed", payload });
    expect(mail.subject).toBe("Your DevConf order DEV-7K3M9Q: ready for pick-up");
    expect(mail.html).toContain("Your order is ready for pick-up");
    expect(mail.html).toContain("Ready for pick-up");
    expect(mail.html).toContain("Registration desk, hall A");
    expect(mail.html).toContain("DEV-7K3M9Q");
    expect(mail.html).toContain(`href="${myOrderUrl}"`);
    expect(mail.html).toContain("Sent by Swagstand for DevConf");
    expect(mail.text).toContain(myOrderUrl);
    expect(mail.text).toMatch(/ready for pick-up/i);
    expect(mail.text).not.toMatch(/<[a-z/!][^>]*>/i);
  });

  it("words each status for the attendee and shows pick-up details only when it is ready to collect", async () => {
    const shipped = await renderMessage({
      template: "order-status-changed",
      payload: { ...payload, fromStatus: "sent_to_supplier", toStatus: "shipped" },
    });
    expect(shipped.subject).toBe("Your DevConf order DEV-7K3M9Q: shipped");
    expect(shipped.html).toContain("Your order is on its way");
    expect(shipped.html).not.toContain("Registration desk, hall A");

    const confirmed = await renderMessage({
      template: "order-status-changed",
      payload: { ...payload, fromStatus: "placed", toStatus: "confirmed" },
    });
    expect(confirmed.subject).toBe("Your DevConf order DEV-7K3M9Q: confirmed");
    expect(confirmed.html).toContain("The organisers have confirmed your order");

    const prepared = await renderMessage({
      template: "order-status-changed",
      payload: { ...payload, fromStatus: "confirmed", toStatus: "sent_to_supplier" },
    });
    expect(prepared.subject).toBe("Your DevConf order DEV-7K3M9Q: being prepared");
  });

  it("refuses a payload with an unknown status rather than sending nonsense", async () => {
    await expect(
      renderMessage({ template: "order-status-changed", payload: { ...payload, toStatus: "lost" } }),
    ).rejects.toThrow(/toStatus/);
  });

  it("tells of one supplier's part with only its lines and tracking, and says the rest follows", async () => {
    const mail = await renderMessage({
      template: "order-status-changed",
      payload: {
        ...payload,
        fromStatus: "sent_to_supplier",
        toStatus: "sent_to_supplier",
        part: {
          mark: "shipped",
          lines: [{ itemName: "T-shirt", variantLabel: "M", quantity: 1, singleVariant: false }],
        },
        tracking: "DHL 123",
      },
    });
    expect(mail.subject).toBe("Your DevConf order DEV-7K3M9Q: part shipped");
    expect(mail.html).toContain("Part of your order has shipped");
    expect(mail.text).toContain("1 × T-shirt M — DHL 123");
    expect(mail.text).toMatch(/rest of your order/);
    expect(mail.text).not.toContain("Hoodie");
    expect(mail.text).toContain(myOrderUrl);
    expect(mail.text).not.toMatch(/<[a-z/!][^>]*>/i);
  });
});
