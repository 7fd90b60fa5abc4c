import { formatShortDateTime } from "@/lib/format/date-time";
import { countryName } from "./countries";
import type { FieldDefinition, InputFieldDefinition } from "./definitions";
import { isInputField } from "./field-kinds";
import { answerOf } from "./visibility";

export type FormattedAnswer = { key: string; label: string; value: string };

export const MASK = "•••";

/**
 * Answers as text for confirmation pages, emails and exports: option labels rather than values,
 * "Yes"/"No", an address on one line, country names. Stored answers outlive definitions in odd
 * ways (a hand-edited row, a migration), so nothing here trusts a value's shape: anything
 * unexpected is shown as plain text rather than thrown on.
 *
 * Fields without an answer (hidden or skipped) are left out unless `includeEmpty` (e.g. for a
 * CSV whose columns must line up), and answers whose field no longer exists come last, labelled
 * with their key and masked whenever masking is on, since nobody can say whether they are personal.
 *
 * Times (when consent was given) are written in `timeZone`, labelled, like every other time a reader sees
 * ("1 Jun 2025, 11:30 CEST"); without one, as "2025-06-01 09:30 UTC", which sorts and parses in a CSV.
 */
export function formatAnswers({
  fields,
  answers,
  maskPersonal,
  includeEmpty = false,
  timeZone,
}: {
  fields: readonly FieldDefinition[];
  answers: Record<string, unknown> | null | undefined;
  maskPersonal: boolean;
  includeEmpty?: boolean;
  /** The event's zone, for pages and emails. */
  timeZone?: string;
}): FormattedAnswer[] {
  const rows: FormattedAnswer[] = [];
  const known = new Set<string>();

  for (const field of fields) {
    known.add(field.key);
    if (!isInputField(field)) continue;
    const text = formatValue(field, answerOf(answers, field.key), timeZone);
    if (text === "" && !includeEmpty) continue;
    const value = text !== "" && maskPersonal && field.personal ? MASK : text;
    rows.push({ key: field.key, label: field.label, value });
  }

  for (const key of Object.keys(answers ?? {})) {
    if (known.has(key)) continue;
    const text = formatUnknown(answerOf(answers, key), timeZone);
    if (text === "" && !includeEmpty) continue;
    rows.push({ key, label: key, value: text !== "" && maskPersonal ? MASK : text });
  }
  return rows;
}

/** One answer as text; "" when there is none. */
export function formatValue(field: InputFieldDefinition, value: unknown, timeZone?: string): string {
  if (value === undefined || value === null) return "";
  switch (field.type) {
    case "checkbox":
      return typeof value === "boolean" ? (value ? "Yes" : "No") : formatUnknown(value);
    case "consent":
      return formatConsent(value, timeZone);
    case "single_choice":
      return typeof value === "string" ? optionLabel(field.options, value) : formatUnknown(value);
    case "multiple_choice":
      return Array.isArray(value)
        ? value
            .map((v) => (typeof v === "string" ? optionLabel(field.options, v) : formatUnknown(v)))
            .join(", ")
        : formatUnknown(value);
    case "country":
      return typeof value === "string" ? (countryName(value) ?? value) : formatUnknown(value);
    case "address":
      return formatAddress(value);
    default:
      return formatUnknown(value);
  }
}

function optionLabel(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

function formatConsent(value: unknown, timeZone?: string): string {
  if (value === true) return "Accepted";
  const acceptedAt = answerOf(value, "acceptedAt");
  if (answerOf(value, "accepted") === true) {
    const when = typeof acceptedAt === "string" ? formatTimestamp(acceptedAt, timeZone) : "";
    return when ? `Accepted on ${when}` : "Accepted";
  }
  return formatUnknown(value, timeZone);
}

/**
 * "2025-06-01T09:30:00.000Z" → "1 Jun 2025, 11:30 CEST" in a zone, else "2025-06-01 09:30 UTC" (unambiguous in
 * every locale and in a CSV).
 */
function formatTimestamp(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (timeZone) return formatShortDateTime(date, timeZone);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const addressOrder = ["line1", "line2", "city", "region", "postalCode"] as const;

function formatAddress(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return formatUnknown(value);
  const parts = addressOrder.map((part) => answerOf(value, part)).filter(isNonEmptyString);
  const country = answerOf(value, "country");
  if (isNonEmptyString(country)) parts.push(countryName(country) ?? country);
  return parts.join(", ");
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/** Best effort for values of an unexpected shape or of a field that no longer exists. */
function formatUnknown(value: unknown, timeZone?: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value))
    return value
      .map((v) => formatUnknown(v, timeZone))
      .filter((v) => v !== "")
      .join(", ");
  if (typeof value === "object") {
    if (answerOf(value, "accepted") === true) return formatConsent(value, timeZone);
    return Object.values(value)
      .map((v) => formatUnknown(v, timeZone))
      .filter((v) => v !== "")
      .join(", ");
  }
  return "";
}
