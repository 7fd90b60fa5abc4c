"use client";

import type { FieldDefinition } from "@/lib/forms/definitions";
import { AddressField } from "./address-field";
import { CheckboxField, ConsentField } from "./checkbox-fields";
import { MultipleChoiceField, SingleChoiceField } from "./choice-fields";
import { CountryField } from "./country-field";
import { ImageBlock, NoteBlock } from "./display-blocks";
import { LongTextField, OneLineField } from "./text-fields";

/** One field of any type; `name` is its react-hook-form path, `id` its DOM id. */
export function FieldRenderer({ field, name, id }: { field: FieldDefinition; name: string; id: string }) {
  switch (field.type) {
    case "short_text":
    case "email":
    case "phone":
    case "number":
    case "date":
      return <OneLineField field={field} name={name} id={id} />;
    case "long_text":
      return <LongTextField field={field} name={name} id={id} />;
    case "single_choice":
      return <SingleChoiceField field={field} name={name} id={id} />;
    case "multiple_choice":
      return <MultipleChoiceField field={field} name={name} id={id} />;
    case "checkbox":
      return <CheckboxField field={field} name={name} id={id} />;
    case "consent":
      return <ConsentField field={field} name={name} id={id} />;
    case "country":
      return <CountryField field={field} name={name} id={id} />;
    case "address":
      return <AddressField field={field} name={name} id={id} />;
    case "note":
      return <NoteBlock field={field} />;
    case "image":
      return <ImageBlock field={field} />;
  }
}
