"use client";

import dynamic from "next/dynamic";
import { Suspense } from "react";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { CheckboxField, ConsentField } from "./checkbox-fields";
import { MultipleChoiceField, SingleChoiceField } from "./choice-fields";
import { ImageBlock, NoteBlock } from "./display-blocks";
import { LongTextField, OneLineField } from "./text-fields";

// The field types that carry the 249-country list load as their own chunks (ADR 016): an order form without
// them (most are) does not download or evaluate the list. Still rendered on the server; when a form has one,
// the server's HTML preloads its chunk, and the Suspense boundary lets the rest of the form hydrate without
// waiting for it.
const CountryField = dynamic(() => import("./country-field").then((m) => m.CountryField));
const AddressField = dynamic(() => import("./address-field").then((m) => m.AddressField));

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
      return (
        <Suspense>
          <CountryField field={field} name={name} id={id} />
        </Suspense>
      );
    case "address":
      return (
        <Suspense>
          <AddressField field={field} name={name} id={id} />
        </Suspense>
      );
    case "note":
      return <NoteBlock field={field} />;
    case "image":
      return <ImageBlock field={field} />;
  }
}
