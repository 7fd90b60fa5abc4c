import { describe, expect, test } from "vitest";
import { orderFormBody, parseOrderForm } from "./loadtest-form";

// The order page's form as the production build renders it (trimmed): React's action fields, the
// server-made idempotency key, an item's variant radios (one disabled: sold out) and the attendee inputs.
const page = `<main><form noValidate="" data-testid="order-form" action="" encType="multipart/form-data" method="POST">
<input type="hidden" name="$ACTION_REF_1"/>
<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;700ac8&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
<input type="hidden" name="$ACTION_1:1" value="[&quot;devconf&quot;,{&quot;problem&quot;:null}]"/>
<input type="hidden" name="$ACTION_KEY" value="k123"/>
<input type="hidden" name="idempotencyKey" value="2407da20-2cd7-46c6-9cf3-8c304a6b5847"/>
<input id="v-xl" type="radio" disabled="" aria-label="XL" name="lines.0.variantId" value="sold-out-variant"/>
<input id="v-m" type="radio" aria-label="M" class="sr-only" name="lines.0.variantId" value="m-variant"/>
<input id="v-l" type="radio" aria-label="L" name="lines.0.variantId" value="l-variant"/>
<input type="hidden" name="lines.0.quantity" value="1"/>
<input id="attendee-name" type="text" name="attendee.name" value=""/>
<input id="attendee-email" type="email" name="attendee.email" value=""/>
</form></main>`;

describe("parseOrderForm", () => {
  test("keeps the hidden fields, decoded, and picks the first variant still offered", () => {
    const form = parseOrderForm(page);
    expect(form?.fields).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"700ac8","bound":"$@1"}'],
      ["$ACTION_1:1", '["devconf",{"problem":null}]'],
      ["$ACTION_KEY", "k123"],
      ["idempotencyKey", "2407da20-2cd7-46c6-9cf3-8c304a6b5847"],
      ["lines.0.variantId", "m-variant"],
      ["lines.0.quantity", "1"],
    ]);
  });

  test("a page without an order form (sold out, closed, not found) gives null", () => {
    expect(parseOrderForm("<main><p>Everything has been claimed.</p></main>")).toBeNull();
    expect(parseOrderForm(page.replace(/<input id="v-[ml]"[^>]*>/g, ""))).toBeNull(); // nothing left to choose
  });
});

describe("orderFormBody", () => {
  test("posts every field and the attendee as multipart/form-data, as the browser does", async () => {
    const form = parseOrderForm(page)!;
    const { body, contentType } = orderFormBody(form, { name: "Load Test 1", email: "lt-1@example.com" });
    const parsed = await new Request("http://x/", {
      method: "POST",
      body: new Uint8Array(body),
      headers: { "content-type": contentType },
    }).formData();
    expect(parsed.get("$ACTION_KEY")).toBe("k123");
    expect(parsed.get("lines.0.variantId")).toBe("m-variant");
    expect(parsed.get("attendee.email")).toBe("lt-1@example.com");
    expect(parsed.get("attendee.name")).toBe("Load Test 1");
  });
});
