/** A version's differences to the one before, as the versions loader reports them. */
export type FormChange = {
  kind: "added" | "removed" | "changed" | "moved";
  key: string;
  label: string;
  properties?: string[];
};

const propertyWords: Record<string, string> = {
  label: "label",
  helpText: "help text",
  placeholder: "placeholder",
  required: "required",
  personal: "personal data",
  visibleWhen: "condition",
  options: "choices",
  defaultValue: "default",
  minLength: "minimum length",
  maxLength: "maximum length",
  pattern: "pattern",
  patternMessage: "pattern message",
  min: "minimum",
  max: "maximum",
  integer: "whole numbers",
  minDate: "earliest date",
  maxDate: "latest date",
  minSelected: "minimum choices",
  maxSelected: "maximum choices",
  display: "display",
  countries: "countries",
  defaultCountry: "default country",
  requirePostalCode: "postal code required",
  requireRegion: "region required",
  text: "text",
  link: "link",
  url: "image",
  alt: "description",
  caption: "caption",
  type: "type",
  key: "key",
};

function propertyName(property: string): string {
  return propertyWords[property] ?? property;
}

/** "Added 'Company'", "Changed 'T-shirt fit': label, required", "Moved 'Size'", "Removed 'Fax'". */
export function describeChange(change: FormChange): string {
  const name = `“${change.label || change.key}”`;
  switch (change.kind) {
    case "added":
      return `Added ${name}`;
    case "removed":
      return `Removed ${name}`;
    case "moved":
      return `Moved ${name}`;
    case "changed": {
      const properties = (change.properties ?? []).map(propertyName);
      return properties.length > 0 ? `Changed ${name}: ${properties.join(", ")}` : `Changed ${name}`;
    }
  }
}
