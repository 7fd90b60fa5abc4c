import type {
  DisplayFieldDefinition,
  FieldDefinition,
  InputFieldDefinition,
  InputFieldType,
  VisibilityOp,
} from "./field-schemas";

// Kept apart from definitions.ts (which imports the validator that uses these): they need only field-schemas.

export function isDisplayField(field: FieldDefinition): field is DisplayFieldDefinition {
  return field.type === "note" || field.type === "image";
}

export function isInputField(field: FieldDefinition): field is InputFieldDefinition {
  return !isDisplayField(field);
}

/** Which condition operators each input field type can be the target of. */
export const opsByTargetType: Record<InputFieldType, readonly VisibilityOp[]> = {
  short_text: ["equals"],
  long_text: ["equals"],
  email: ["equals"],
  phone: ["equals"],
  single_choice: ["equals"],
  country: ["equals"],
  multiple_choice: ["includes"],
  checkbox: ["checked"],
  consent: ["checked"],
  number: [],
  date: [],
  address: [],
};
