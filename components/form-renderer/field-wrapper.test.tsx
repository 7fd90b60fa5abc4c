import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { prerender } from "react-dom/static";
import { FormProvider, useForm, type FieldValues } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { FieldWrapper, type FieldLayout } from "./field-wrapper";

async function render(layout: FieldLayout, options: { error?: string; required?: boolean } = {}) {
  function Harness() {
    const methods = useForm<FieldValues>({ defaultValues: { answers: { size: "" } } });
    if (options.error && !methods.getFieldState("answers.size").error) {
      methods.setError("answers.size", { type: "custom", message: options.error });
    }
    return (
      <FormProvider {...methods}>
        <FieldWrapper
          layout={layout}
          id="field-size"
          name="answers.size"
          label="Size"
          helpText="Pick your usual size"
          required={options.required ?? false}
        >
          {(aria) => <input data-control="" {...aria} />}
        </FieldWrapper>
      </FormProvider>
    );
  }
  const { prelude } = await prerender(<Harness />);
  return new Response(prelude).text();
}

const controlTag = (html: string) => /<input data-control=""[^>]*>/.exec(html)?.[0] ?? "";

describe("FieldWrapper", () => {
  it.each(["control", "part", "tick", "group"] as const)(
    "%s: help and error are described, the error announced, the label says optional",
    async (layout) => {
      const html = await render(layout, { error: "Choose a size" });
      expect(html).toContain('<p id="field-size-help"');
      expect(html).toContain('<p id="field-size-error" role="alert"');
      expect(controlTag(html)).toContain('aria-describedby="field-size-help field-size-error"');
      expect(controlTag(html)).toContain('aria-invalid="true"');
      if (layout !== "tick") expect(html).toContain(" (optional)");
    },
  );

  it("labels the control (a label for one control, a legend for a group)", async () => {
    expect(await render("control")).toMatch(/<label for="field-size"[^>]*>Size</);
    expect(await render("part")).toMatch(/<label for="field-size"[^>]*>Size</);
    expect(await render("tick")).toMatch(/<label for="field-size"[^>]*><input data-control=""/);
    expect(await render("group")).toMatch(/<fieldset id="field-size"[^>]*><legend[^>]*>Size</);
  });

  it("marks a required control as required and without an error leaves aria-invalid off", async () => {
    const html = await render("control", { required: true });
    expect(controlTag(html)).toContain('aria-required="true"');
    expect(controlTag(html)).not.toContain("aria-invalid");
    expect(controlTag(html)).toContain('aria-describedby="field-size-help"');
    expect(html).not.toContain("(optional)");
  });
});

describe("the form renderer's field components", () => {
  // One wrapper for all: a field component that renders its own label text, help, error or fieldset would
  // drift from the others (a missing aria-describedby, an error that is not announced).
  const own = ["field-wrapper.tsx", "field-parts.tsx"];
  const files = readdirSync(import.meta.dirname).filter(
    (f) => f.endsWith(".tsx") && !f.includes(".test.") && !own.includes(f),
  );

  it.each(files)("%s leaves label, help, error and fieldset to FieldWrapper", (file) => {
    const source = readFileSync(path.join(import.meta.dirname, file), "utf8");
    for (const part of [
      "ErrorText",
      "HelpText",
      "helpIdOf",
      "errorIdOf",
      "useFieldError",
      "<fieldset",
      "<legend",
    ]) {
      expect(source, `${file} uses ${part}`).not.toContain(part);
    }
  });
});
