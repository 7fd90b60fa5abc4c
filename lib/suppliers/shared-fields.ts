import { shownAttendee } from "@/lib/format/erased";
import type { InputFieldDefinition } from "@/lib/forms/definitions";
import { formatValue } from "@/lib/forms/format-answers";
import { answerOf } from "@/lib/forms/visibility";

/**
 * What a supplier may see of an order (PRODUCT "Suppliers", ARCHITECTURE decision 15): the organiser picks,
 * per supplier and event, which fields are shared. Everything here starts from that list: a field that is not
 * chosen is never read, so it cannot leak into an email, a CSV or a page.
 */

/** The attendee's own name and email are personal data too; they are chosen like any form field. */
export const ATTENDEE_NAME_KEY = "attendee.name";
export const ATTENDEE_EMAIL_KEY = "attendee.email";

export type ShareableField = { key: string; label: string; personal: boolean };
export type SharedColumn = ShareableField & { field: InputFieldDefinition | null };

/** Everything an organiser can choose from for an event: the attendee's name and email, then the form's fields. */
export function shareableFields(
  formFields: readonly { key: string; label: string; field: InputFieldDefinition; personal: boolean }[],
): SharedColumn[] {
  return [
    { key: ATTENDEE_NAME_KEY, label: "Name", personal: true, field: null },
    { key: ATTENDEE_EMAIL_KEY, label: "Email", personal: true, field: null },
    ...formFields.map((f) => ({ key: f.key, label: f.label, personal: f.personal, field: f.field })),
  ];
}

/**
 * The chosen columns in the form's order (a stable column order whatever order they were ticked in).
 * Keys that are not fields of the event (any more) are dropped.
 */
export function sharedColumns(
  available: readonly SharedColumn[],
  chosenKeys: readonly string[],
): SharedColumn[] {
  const chosen = new Set(chosenKeys);
  return available.filter((c) => chosen.has(c.key));
}

export type OrderForSupplier = {
  attendeeName: string;
  attendeeEmail: string;
  answers: Record<string, unknown>;
  /** The order's own form version's fields by key: its option labels are how its answers read. */
  ownFields?: ReadonlyMap<string, InputFieldDefinition>;
};

/** The order's values for the chosen columns, aligned with them; "" where there is no answer. */
export function sharedValues(
  columns: readonly SharedColumn[],
  order: OrderForSupplier,
  timeZone?: string,
): string[] {
  return columns.map((column) => {
    if (column.key === ATTENDEE_NAME_KEY) return shownAttendee(order, null).name;
    if (column.key === ATTENDEE_EMAIL_KEY) return shownAttendee(order, null).email;
    const field = order.ownFields?.get(column.key) ?? column.field;
    if (!field) return "";
    return formatValue(field, answerOf(order.answers, column.key), timeZone);
  });
}
