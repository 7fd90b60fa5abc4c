import { limits } from "@/lib/limits";
import { isValidTenantSlug } from "@/lib/tenancy/host";
import { isReservedSlug } from "@/lib/tenancy/reserved";

/**
 * The format half of a slug check (pure, shared by the form and the server): the subdomain rules of
 * lib/tenancy plus the reserved words, each with a message that says exactly what to change. Whether the
 * slug is free is a database question (see check-slug.ts).
 */
export type SlugFormatProblem = "too_short" | "too_long" | "format" | "reserved";

const SLUG_CHARS = /^[a-z0-9-]*$/;

export function slugFormatProblem(slug: string): { problem: SlugFormatProblem; message: string } | null {
  const { eventSlugMinLength: min, eventSlugMaxLength: max } = limits;
  if (slug.length < min) return { problem: "too_short", message: `Use at least ${min} characters.` };
  if (slug.length > max) return { problem: "too_long", message: `Use at most ${max} characters.` };
  if (!SLUG_CHARS.test(slug)) {
    return {
      problem: "format",
      message: "Use only lowercase letters a–z, digits and hyphens (it becomes a web address).",
    };
  }
  if (slug.startsWith("-") || slug.endsWith("-")) {
    return { problem: "format", message: "Start and end with a letter or a digit, not a hyphen." };
  }
  if (!isValidTenantSlug(slug)) {
    return {
      problem: "format",
      message: "Hyphens in the 3rd and 4th places are reserved for web addresses.",
    };
  }
  if (isReservedSlug(slug)) {
    return { problem: "reserved", message: `“${slug}” is reserved by Swagstand. Choose another address.` };
  }
  return null;
}

/** A slug suggested from the event's name: "DevConf Berlin 2027" → "devconf-berlin-2027". */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, limits.eventSlugMaxLength)
    .replace(/-+$/, "");
}
