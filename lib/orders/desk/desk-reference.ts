import { limits } from "@/lib/limits";

/** Longer than any reference (a prefix of at most 10 characters, a dash, six characters): cut before the query. */
export const DESK_REFERENCE_MAX = limits.deskReferenceMaxLength;

/**
 * A reference as staff type it or a QR code carries it: "dev 7k3m9q", " DEV-7K3M9Q ", "dev7k3m9q" all mean
 * DEV-7K3M9Q. Pure: the desk's client component uses it too, to tidy what the camera read.
 */
export function normaliseDeskReference(raw: string): string {
  const compact = raw
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, DESK_REFERENCE_MAX);
  // Typed without the dash: the code is always the last six characters (lib/orders/reference.ts).
  if (!compact.includes("-") && compact.length > 6) return `${compact.slice(0, -6)}-${compact.slice(-6)}`;
  return compact;
}
