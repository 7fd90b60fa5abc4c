/**
 * The order form as a browser without JavaScript posts it (ADR 010): the page's hidden inputs (React's
 * `$ACTION_…` fields that name the server action and its bound slug, and the server-made idempotency key),
 * the first variant offered for the first item, and an attendee. Read from the order page's HTML, so the load
 * test needs nothing from the build and runs against any deployment (`npm run loadtest -- --url …`).
 */

export type OrderForm = { fields: [string, string][] };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w$:.-]+)(?:="([^"]*)"|='([^']*)')?/g)) {
    attrs[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? "");
  }
  return attrs;
}

/** The fields to post, or null when the page has no order form (sold out, closed, a 404 page). */
export function parseOrderForm(html: string): OrderForm | null {
  const form = /<form\b[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return null;
  const fields: [string, string][] = [];
  let variantChosen = false;
  for (const m of form[1]!.matchAll(/<input\b[^>]*>/gi)) {
    const a = attributes(m[0].slice(6, -1));
    if (!a.name) continue;
    if (a.type === "hidden") fields.push([a.name, a.value ?? ""]);
    else if (
      !variantChosen &&
      a.type === "radio" &&
      /^lines\.0\.variantId$/.test(a.name) &&
      !("disabled" in a)
    ) {
      fields.push([a.name, a.value ?? ""]);
      variantChosen = true;
    }
  }
  if (!variantChosen || !fields.some(([name]) => name.startsWith("$ACTION"))) return null;
  if (!fields.some(([name]) => name === "lines.0.quantity")) fields.push(["lines.0.quantity", "1"]);
  return { fields };
}

/** A multipart/form-data body as the browser sends the form, with this attendee's name and email. */
export function orderFormBody(
  form: OrderForm,
  attendee: { name: string; email: string },
): { body: Buffer; contentType: string } {
  const boundary = `----swagstandloadtest${Math.random().toString(16).slice(2)}`;
  const fields: [string, string][] = [
    ...form.fields,
    ["attendee.name", attendee.name],
    ["attendee.email", attendee.email],
  ];
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
