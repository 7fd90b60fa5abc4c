import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResendOrderLink, type OrderLinkAction } from "./resend-order-link";

const action: OrderLinkAction = async () => ({ status: "sent", message: "sent" });

describe("ResendOrderLink", () => {
  const html = renderToStaticMarkup(<ResendOrderLink action={action} email="ada@example.com" />);

  it("is one form of its own (so it must sit outside the order form), posting the address in a hidden field", () => {
    expect(html.startsWith("<form")).toBe(true);
    expect(html.match(/<form/g)).toHaveLength(1);
    expect(html).toMatch(/<input type="hidden" name="email" value="ada@example.com"\/>/);
    expect(html.match(/<input/g)).toHaveLength(1);
  });

  it("offers the request as a submit button and names the address it will go to", () => {
    expect(html).toMatch(/<button type="submit"[^>]*>Email me the link to my order<\/button>/);
    expect(html).not.toMatch(/<button[^>]*aria-disabled="true"/);
    expect(html).toContain("ada@example.com</span>");
  });

  it("has an empty polite live region ready for the answer, and no link of any kind on the page", () => {
    expect(html).toMatch(
      /<p role="status" aria-live="polite" data-testid="resend-order-link-result"[^>]*><\/p>/,
    );
    expect(html).not.toContain("<a ");
    expect(html).not.toContain("my-order");
  });

  it("is labelled by its title, for screen readers listing the page's forms", () => {
    const labelledBy = /<form[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`id="${labelledBy}"`);
    expect(html).toContain(">Lost the link to your order?</p>");
  });
});
