import { limits } from "@/lib/limits";
import { text } from "@/lib/validation/text";

/**
 * Links a marketer puts on a page: a path on the event's own shop ("/order", "/#faq"), an https/http address,
 * or mailto:/tel:. Everything else — javascript:, data:, vbscript:, protocol-relative "//host" — is refused
 * rather than rewritten, so what is saved is exactly what is rendered. Browsers ignore tabs and newlines
 * inside a scheme ("java\tscript:"), so any control character or whitespace refuses the link outright.
 */
const ALLOWED_PROTOCOLS = new Set(["https:", "http:", "mailto:", "tel:"]);

export const UNSAFE_URL_MESSAGE =
  "Use a link that starts with https://, mailto:, tel: or / (a page of this shop, such as /order)";

export function isSafePageUrl(value: string): boolean {
  if (value.length === 0 || /[\s\u0000-\u001f\u007f]/.test(value)) return false;
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  if (value.startsWith("#")) return true;
  try {
    const url = new URL(value);
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
    return url.protocol === "mailto:" || url.protocol === "tel:" || url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const pageUrlSchema = text()
  .trim()
  .min(1, "Enter where the link goes")
  .max(limits.pageUrlMaxLength, `Use at most ${limits.pageUrlMaxLength} characters`)
  .refine(isSafePageUrl, UNSAFE_URL_MESSAGE);
