import { prerender } from "react-dom/static";
import { FormProvider, useForm, type FieldValues } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { defaultAnswers } from "@/lib/forms/compile";
import { countries } from "@/lib/forms/countries";
import type { FieldDefinition, FieldDefinitionInput } from "@/lib/forms/definitions";
import { breakfastFormFields, devconfFormFields } from "@/lib/forms/examples";
import { define } from "@/lib/forms/test-helpers";
import { FormFields } from "./form-fields";
import { withClientSettings } from "@/components/settings/test-settings";

// What Next's bundler resolves next/dynamic to in the app directory (create-compiler-aliases.js): React.lazy
// rendered on the server. Outside Next it would resolve to the pages router's version, which renders nothing.
vi.mock("next/dynamic", async () => {
  const { default: appDynamic } = await import("next/dist/shared/lib/app-dynamic.js");
  return { default: "default" in appDynamic ? appDynamic.default : appDynamic };
});

/**
 * Server-rendered markup of the fields inside a real react-hook-form, the way the order page owns
 * it. No DOM here, so the assertions read the HTML. Rendered to completion (prerender waits for every
 * Suspense boundary), as the server renders the page: some field types load as chunks of their own.
 */
async function render({
  fields,
  answers,
  errors = {},
  namePrefix = "answers",
  idPrefix,
}: {
  fields: FieldDefinition[];
  answers?: Record<string, unknown>;
  errors?: Record<string, string>;
  namePrefix?: string;
  idPrefix?: string;
}) {
  function Harness() {
    const methods = useForm<FieldValues>({
      defaultValues: { [namePrefix]: answers ?? defaultAnswers(fields) },
    });
    for (const [name, message] of Object.entries(errors)) {
      if (!methods.getFieldState(name).error) methods.setError(name, { type: "custom", message });
    }
    return (
      <FormProvider {...methods}>
        <FormFields fields={fields} namePrefix={namePrefix} idPrefix={idPrefix} />
      </FormProvider>
    );
  }
  const { prelude } = await prerender(withClientSettings(<Harness />));
  return new Response(prelude).text();
}

/** The opening tag of the element with this id. */
function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`No element with id ${id} in:\n${html}`);
  return match[0];
}

const kitchenSink: FieldDefinitionInput[] = [
  { type: "short_text", key: "company", label: "Company", helpText: "On your badge", placeholder: "ACME" },
  { type: "long_text", key: "bio", label: "About you", required: true },
  { type: "email", key: "email", label: "Email", required: true },
  { type: "phone", key: "phone", label: "Phone" },
  { type: "number", key: "guests", label: "Guests", integer: true },
  { type: "date", key: "arrival", label: "Arrival", minDate: "2025-06-01" },
  {
    type: "single_choice",
    key: "size",
    label: "Size",
    display: "dropdown",
    options: [{ value: "m", label: "M" }],
  },
  { type: "country", key: "home", label: "Country", countries: ["DE", "AT"] },
  { type: "checkbox", key: "diet", label: "I have dietary needs" },
  {
    type: "multiple_choice",
    key: "extras",
    label: "Extras",
    options: [
      { value: "pen", label: "Pen" },
      { value: "cap", label: "Cap" },
    ],
  },
  { type: "address", key: "address", label: "Address", required: true },
  {
    type: "consent",
    key: "privacy",
    label: "Privacy",
    text: "I agree.",
    link: { url: "https://example.com/privacy", label: "Privacy policy" },
  },
];

describe("FormFields", () => {
  it("gives every control a label pointing at it", async () => {
    const html = await render({ fields: define(kitchenSink) });
    const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    // 8 single controls, the yes/no box, 2 option boxes, 6 address parts, the consent box.
    expect(ids.length).toBe(18);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
  });

  it("names inputs under the prefix and ids under the id prefix", async () => {
    const html = await render({ fields: define(kitchenSink), namePrefix: "order", idPrefix: "preview-" });
    expect(tagWithId(html, "preview-company")).toContain('name="order.company"');
    expect(tagWithId(html, "preview-address-city")).toContain('name="order.address.city"');
    expect(html).not.toContain('name="answers.');
  });

  it("marks optional fields in the label and ties help text to the input", async () => {
    const html = await render({ fields: define(kitchenSink) });
    expect(html).toContain(
      '<label for="field-company" class="block text-base font-semibold text-zinc-900">Company<span class="font-normal text-zinc-600"> (optional)</span></label>',
    );
    expect(html).toMatch(/<label for="field-bio"[^>]*>About you<\/label>/);
    expect(tagWithId(html, "field-company")).toContain('aria-describedby="field-company-help"');
    expect(tagWithId(html, "field-company-help")).toContain("<p");
    expect(tagWithId(html, "field-bio")).toContain('aria-required="true"');
  });

  it("uses the right input for each type", async () => {
    const html = await render({ fields: define(kitchenSink) });
    expect(tagWithId(html, "field-email")).toContain('type="email"');
    expect(tagWithId(html, "field-email")).toContain('autoComplete="email"');
    expect(tagWithId(html, "field-phone")).toContain('type="tel"');
    expect(tagWithId(html, "field-guests")).toContain('inputMode="numeric"');
    expect(tagWithId(html, "field-arrival")).toContain('min="2025-06-01"');
    expect(tagWithId(html, "field-bio")).toMatch(/^<textarea/);
    expect(tagWithId(html, "field-size")).toMatch(/^<select/);
    expect(tagWithId(html, "field-address-postalCode")).toContain(
      'autoComplete="section-address postal-code"',
    );
  });

  it("groups radios in a labelled fieldset", async () => {
    const html = await render({ fields: devconfFormFields });
    expect(html).toMatch(
      /<fieldset id="field-t_shirt_fit"[^>]*role="radiogroup"[^>]*aria-required="true"[^>]*><legend[^>]*>T-shirt fit<\/legend>/,
    );
    expect(tagWithId(html, "field-t_shirt_fit-0")).toContain('type="radio"');
    expect(tagWithId(html, "field-t_shirt_fit-1")).toContain('value="fitted"');
    expect(html).toContain('<fieldset id="field-privacy"');
    expect(html).toContain("I agree that DevConf stores my name");
  });

  it("lists countries in a native select, restricted when the field says so", async () => {
    const all = await render({ fields: define([{ type: "country", key: "home", label: "Country" }]) });
    expect(all.match(/<option /g)).toHaveLength(countries.length + 1);
    const some = await render({
      fields: define([{ type: "country", key: "home", label: "Country", countries: ["AT", "DE"] }]),
    });
    expect([...some.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(["", "AT", "DE"]);
  });

  it("checks the options already chosen", async () => {
    const fields = define(kitchenSink);
    const html = await render({ fields, answers: { ...defaultAnswers(fields), extras: ["cap"] } });
    expect(tagWithId(html, "field-extras-0")).not.toContain("checked");
    expect(tagWithId(html, "field-extras-1")).toContain('checked=""');
  });

  it("mounts a conditional field only while its condition holds", async () => {
    const off = await render({ fields: breakfastFormFields });
    expect(off).toContain("I have dietary needs");
    expect(off).not.toContain("field-dietary_needs");
    const on = await render({
      fields: breakfastFormFields,
      answers: { has_dietary_needs: true, dietary_needs: "" },
    });
    expect(tagWithId(on, "field-dietary_needs")).toMatch(/^<textarea/);
  });

  it("shows each error under its field, announced and linked to the control", async () => {
    const html = await render({
      fields: define(kitchenSink),
      errors: {
        "answers.email": "Enter a valid email address",
        "answers.address.city": "Enter a town or city",
      },
    });
    expect(tagWithId(html, "field-email")).toContain('aria-invalid="true"');
    expect(tagWithId(html, "field-email")).toContain('aria-describedby="field-email-error"');
    expect(html).toContain(
      '<p id="field-email-error" role="alert" class="mt-2 text-sm font-semibold text-red-700">Enter a valid email address</p>',
    );
    expect(tagWithId(html, "field-address-city")).toContain('aria-describedby="field-address-city-error"');
    expect(html).toContain(
      'role="alert" class="mt-2 text-sm font-semibold text-red-700">Enter a town or city</p>',
    );
    expect(tagWithId(html, "field-company")).not.toContain('aria-invalid="true"');
  });

  it("renders notes as text, never as HTML, and images with their description", async () => {
    const html = await render({
      fields: define([
        { type: "note", key: "intro", text: "<script>alert(1)</script>\n\nSecond paragraph" },
        {
          type: "image",
          key: "chart",
          url: "https://blob.example.com/chart.png",
          alt: "Size chart",
          width: 800,
          height: 600,
          caption: "Sizes in cm",
        },
      ]),
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html).toContain("Second paragraph</p>");
    expect(html).toMatch(
      /<img src="https:\/\/blob.example.com\/chart.png" alt="Size chart" width="800" height="600"/,
    );
    expect(html).toContain("<figcaption");
  });
});
