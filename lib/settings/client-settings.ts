import { FLAG_KEYS, type FlagKey } from "@/lib/flags/definitions";
import { limits, type Limits } from "@/lib/limits";

/**
 * The one typed settings object the browser gets (issue 14, ADR 034): the limits client components enforce as
 * the attendee or organiser types — taken from lib/limits.ts, the same object the server's schemas use, so no
 * component repeats a number — and the feature flags as the server decided them for the request's
 * organisation and event. A client component reads it with useClientSettings() (components/settings); only the
 * server builds it (build-client-settings.ts).
 *
 * The limits are a chosen subset: rate limits, outbox tuning and the like are the server's business and stay
 * out of every page's HTML. A client component that needs another limit adds its key here.
 */
export const CLIENT_LIMIT_KEYS = [
  // Attendee details and the order form
  "nameMaxLength",
  "emailMaxLength",
  "phoneMaxLength",
  "shortTextMaxLength",
  "longTextMaxLength",
  "quantityPerLine",
  // The form builder
  "fieldsPerForm",
  "choicesPerField",
  "fieldKeyMaxLength",
  "labelMaxLength",
  "helpTextMaxLength",
  "placeholderMaxLength",
  "patternMaxLength",
  "noteMaxLength",
  // Uploads
  "uploadMaxBytes",
  "uploadImageTypes",
  // Events, orders and the desk
  "eventNameMaxLength",
  "eventSlugMinLength",
  "eventSlugMaxLength",
  "currencyCodeLength",
  "referencePrefixMaxLength",
  "ordersPerAttendeeMax",
  "orderNoteMaxLength",
  "bulkStatusChangeMax",
  "searchMaxLength",
  "deskReferenceMaxLength",
] as const satisfies readonly (keyof Limits)[];

export type ClientLimits = Pick<Limits, (typeof CLIENT_LIMIT_KEYS)[number]>;

/** Every flag the code defines, decided: a client component never evaluates a flag itself. */
export type ClientFlags = Record<FlagKey, boolean>;

export type ClientSettings = { limits: ClientLimits; flags: ClientFlags };

/** The browser's share of lib/limits.ts, the very values, picked by key. */
export function clientLimits(): ClientLimits {
  return Object.fromEntries(CLIENT_LIMIT_KEYS.map((key) => [key, limits[key]])) as ClientLimits;
}

/** The settings object for decided flags (pure; the server-only builder decides them). */
export function clientSettings(decide: (key: FlagKey) => boolean): ClientSettings {
  const flags = Object.fromEntries(FLAG_KEYS.map((key) => [key, decide(key)])) as ClientFlags;
  return { limits: clientLimits(), flags };
}

/** The `accept` attribute of an image upload: exactly the formats the server's content check recognises. */
export function imageAccept(limits: Pick<ClientLimits, "uploadImageTypes">): string {
  return Object.values(limits.uploadImageTypes).join(",");
}

/** What people call each format; keyed by the formats themselves, so a new one cannot go unnamed. */
const FORMAT_NAMES: Record<keyof ClientLimits["uploadImageTypes"], string> = {
  png: "PNG",
  jpeg: "JPEG",
  webp: "WebP",
  gif: "GIF",
  avif: "AVIF",
  svg: "SVG",
};

/** "JPEG, PNG, … or SVG": the accepted formats for an upload's hint, in the list's order. */
export function imageFormatsText(limits: Pick<ClientLimits, "uploadImageTypes">): string {
  const names = Object.keys(limits.uploadImageTypes).map((k) => FORMAT_NAMES[k as keyof typeof FORMAT_NAMES]);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "");
}
