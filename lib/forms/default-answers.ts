import type { FieldDefinition } from "./definitions";

/*
 * No zod here (only types): the attendee's order form imports this before its validation, which loads later.
 */

/** The form's initial values: every input field, hidden ones included, so switching them on works. */
export function defaultAnswers(fields: readonly FieldDefinition[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    switch (field.type) {
      case "note":
      case "image":
        break;
      case "number":
        // Number inputs are text inputs (inputmode), so their value is text.
        values[field.key] = field.defaultValue === undefined ? "" : String(field.defaultValue);
        break;
      case "multiple_choice":
        values[field.key] = field.defaultValue ?? [];
        break;
      case "checkbox":
        values[field.key] = field.defaultValue ?? false;
        break;
      case "consent":
        values[field.key] = false;
        break;
      case "address": {
        const onlyCountry = field.countries?.length === 1 ? field.countries[0] : undefined;
        const country = field.defaultCountry ?? onlyCountry ?? "";
        values[field.key] = { line1: "", line2: "", city: "", postalCode: "", region: "", country };
        break;
      }
      case "country": {
        const onlyCountry = field.countries?.length === 1 ? field.countries[0] : undefined;
        values[field.key] = field.defaultValue ?? onlyCountry ?? "";
        break;
      }
      default:
        values[field.key] = field.defaultValue ?? "";
    }
  }
  return values;
}
