import { describe, expect, it } from "vitest";
import { previewProps } from "@/emails/order-confirmation";
import type { MessagePayload } from "@/emails/messages";
import { renderMessage } from "@/lib/mail/render";

/** The confirmation email's lines and total in a currency of its own. */
function payloadIn(currency: string, unitPriceMinor: number): MessagePayload<"order-confirmation"> {
  return {
    branding: { ...previewProps.branding, eventName: "DevConf", eventSlug: "devconf" },
    order: {
      ...previewProps.order,
      lines: [{ itemName: "Hoodie", variantLabel: "L", singleVariant: false, quantity: 2, unitPriceMinor }],
      totalMinor: unitPriceMinor * 2,
      currency,
    },
  };
}

describe("order emails show money in the currency's own minor units", () => {
  it.each([
    ["EUR", 1250, "€25.00"],
    ["JPY", 1500, "¥3,000"],
    ["KWD", 1250, "KWD 2.500"],
  ])("%s", async (currency, unitPriceMinor, shown) => {
    const mail = await renderMessage({
      template: "order-confirmation",
      payload: payloadIn(currency, unitPriceMinor),
    });
    const html = mail.html.replaceAll("&nbsp;", " ").replaceAll("\u00a0", " ");
    expect(html).toContain(shown);
    expect(mail.text.replaceAll("\u00a0", " ")).toContain(shown);
  });

  it("shows a free line and total as Free", async () => {
    const mail = await renderMessage({ template: "order-confirmation", payload: payloadIn("JPY", 0) });
    expect(mail.html).toContain("Free");
    expect(mail.html).not.toContain("¥0");
  });
});
