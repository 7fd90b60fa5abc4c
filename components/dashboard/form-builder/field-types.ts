import type { FieldType } from "@/lib/forms/definitions";

/** The builder's working copy of one field: any object the organiser is still editing, valid or not. */
export type DraftField = { type: string; key: string; [prop: string]: unknown };

export type FieldTypeInfo = {
  type: FieldType;
  name: string;
  /** A short symbol shown next to the name; decorative, the name always accompanies it. */
  icon: string;
  group: "input" | "choice" | "display";
  /** The label a new field starts with (and its key is derived from). */
  newLabel: string;
};

export const fieldTypeInfo: Record<FieldType, FieldTypeInfo> = {
  short_text: {
    type: "short_text",
    name: "Short text",
    icon: "Aa",
    group: "input",
    newLabel: "Short answer",
  },
  long_text: { type: "long_text", name: "Long text", icon: "¶", group: "input", newLabel: "Long answer" },
  email: { type: "email", name: "Email", icon: "@", group: "input", newLabel: "Email" },
  phone: { type: "phone", name: "Phone", icon: "☎", group: "input", newLabel: "Phone" },
  number: { type: "number", name: "Number", icon: "#", group: "input", newLabel: "Number" },
  single_choice: {
    type: "single_choice",
    name: "Single choice",
    icon: "◉",
    group: "choice",
    newLabel: "Choose one",
  },
  multiple_choice: {
    type: "multiple_choice",
    name: "Multiple choice",
    icon: "☑",
    group: "choice",
    newLabel: "Choose any",
  },
  checkbox: { type: "checkbox", name: "Yes/no checkbox", icon: "✓", group: "choice", newLabel: "Yes or no" },
  consent: { type: "consent", name: "Consent", icon: "✍", group: "choice", newLabel: "Consent" },
  date: { type: "date", name: "Date", icon: "📅", group: "input", newLabel: "Date" },
  country: { type: "country", name: "Country", icon: "🌐", group: "input", newLabel: "Country" },
  address: { type: "address", name: "Postal address", icon: "✉", group: "input", newLabel: "Postal address" },
  note: { type: "note", name: "Note", icon: "ℹ", group: "display", newLabel: "Note" },
  image: { type: "image", name: "Image", icon: "🖼", group: "display", newLabel: "Image" },
};

export function typeInfo(type: string): FieldTypeInfo | undefined {
  return Object.hasOwn(fieldTypeInfo, type) ? fieldTypeInfo[type as FieldType] : undefined;
}

export function isDisplayType(type: string): boolean {
  return type === "note" || type === "image";
}

/** Display blocks have no label; the list names them by their text or description. */
export function fieldTitle(field: DraftField): string {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const title =
    field.type === "note"
      ? text(field.text)
      : field.type === "image"
        ? text(field.alt) || text(field.caption)
        : text(field.label);
  const fallback = typeInfo(field.type)?.name ?? "Field";
  if (!title) return `${fallback} (untitled)`;
  return title.length > 60 ? `${title.slice(0, 59)}…` : title;
}

/**
 * A new field of this type with everything a valid definition needs except what only the organiser
 * can say (an image must still be uploaded): the preview shows it at once.
 */
export function defaultField(type: FieldType, key: string): DraftField {
  const label = fieldTypeInfo[type].newLabel;
  switch (type) {
    case "single_choice":
    case "multiple_choice":
      return {
        type,
        key,
        label,
        required: false,
        options: [
          { value: "option_1", label: "Option 1" },
          { value: "option_2", label: "Option 2" },
        ],
        ...(type === "single_choice" ? { display: "radio" } : {}),
      };
    case "checkbox":
      return { type, key, label };
    case "consent":
      return { type, key, label, text: "I agree that my details are used to deliver my order." };
    case "note":
      return { type, key, text: "A few words for attendees." };
    case "image":
      return { type, key, url: "", alt: "" };
    case "address":
      return { type, key, label, required: false, personal: true };
    case "email":
    case "phone":
      return { type, key, label, required: false, personal: true };
    default:
      return { type, key, label, required: false };
  }
}
