import { formDefinitionSchema, type FieldDefinitionInput, type FormDefinition } from "./definitions";

/**
 * The demo events' order forms, used by the seed and by tests. Parsed here so a change to the
 * definitions schema that breaks them fails at import, not in the seeded database.
 */

const devconfInput = [
  {
    type: "single_choice",
    key: "t_shirt_fit",
    label: "T-shirt fit",
    display: "radio",
    required: true,
    options: [
      { value: "regular", label: "Regular" },
      { value: "fitted", label: "Fitted" },
    ],
  },
  {
    type: "short_text",
    key: "company",
    label: "Company",
    helpText: "Printed on your badge, if you like.",
    maxLength: 100,
  },
  {
    type: "consent",
    key: "privacy",
    label: "Privacy",
    text: "I agree that DevConf stores my name, email address and answers to prepare and hand out my order, and deletes them 90 days after the event.",
  },
] satisfies FieldDefinitionInput[];

const breakfastInput = [
  {
    type: "checkbox",
    key: "has_dietary_needs",
    label: "I have dietary needs",
  },
  {
    type: "long_text",
    key: "dietary_needs",
    label: "Your dietary needs",
    helpText: "Allergies, intolerances or preferences the caterer should know about.",
    required: true,
    maxLength: 1000,
    // Health information: masked and erased like any other personal data.
    personal: true,
    visibleWhen: { field: "has_dietary_needs", op: "checked" },
  },
] satisfies FieldDefinitionInput[];

export const devconfFormFields: FormDefinition = formDefinitionSchema.parse(devconfInput);
export const breakfastFormFields: FormDefinition = formDefinitionSchema.parse(breakfastInput);
