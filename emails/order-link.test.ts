import { describe, expect, it } from "vitest";
import { renderMessage } from "@/lib/mail/render";
import type { MessagePayload } from "@/emails/messages";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { previewProps } from "./order-link";

const branding = { ...previewProps.branding, eventName: "DevConf 2027", eventSlug: "devconf" };
const first = { orderId: "7b0a4a52-3a5e-4c3e-9d0c-2f7f4d1b9a10", reference: "DEV-7K3M9Q", status: "placed" };
const second = {
  orderId: "0d6f2d2e-2a7b-4f57-8c55-6c1a3f1b2c3d",
  reference: "DEV-2B8N4P",
  status: "cancelled",
} as const;

const linkOf = (orderId: string) => `http://devconf.localhost:3000/my-order/${orderAccessToken(orderId)}`;

describe("order-link email", () => {
  it("gives the one order's private link, derived at send time, in the HTML and the plain text", async () => {
    const payload: MessagePayload<"order-link"> = { branding, orders: [{ ...first, status: "placed" }] };
    const mail = await renderMessage({ template: "order-link", payload });
    expect(mail.subject).toBe("Your DevConf 2027 order link");
    expect(mail.html).toContain("The link to your order");
    expect(mail.html).toContain("DEV-7K3M9Q");
    expect(mail.html).toContain(`href="${linkOf(first.orderId)}"`);
    expect(mail.html).toContain("View your order");
    expect(mail.html).toContain("Sent by Swagstand for DevConf 2027");
    expect(mail.text).toContain("DEV-7K3M9Q");
    expect(mail.text).toContain(linkOf(first.orderId));
    expect(mail.text).toMatch(/do not forward this email/);
    expect(mail.text).not.toMatch(/<[a-z/!][^>]*>/i);
  });

  it("lists every order with its own link and its status", async () => {
    const payload: MessagePayload<"order-link"> = {
      branding,
      orders: [{ ...first, status: "placed" }, second],
    };
    const mail = await renderMessage({ template: "order-link", payload });
    expect(mail.subject).toBe("Your DevConf 2027 order links");
    expect(mail.html).toContain("View order DEV-7K3M9Q");
    expect(mail.html).toContain("View order DEV-2B8N4P");
    expect(mail.text).toContain(linkOf(first.orderId));
    expect(mail.text).toContain(linkOf(second.orderId));
    expect(mail.text).toContain("Status when this email was sent: Cancelled");
  });

  it("refuses a payload without any order rather than sending an empty email", async () => {
    await expect(
      renderMessage({ template: "order-link", payload: { branding, orders: [] } }),
    ).rejects.toThrow(/orders too_small/);
  });
});
