import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ok } from "@/lib/validation/action-result";
import { EditPanel } from "./edit-panel";
import type { DraftField } from "./field-types";
import { checkDraft, issuesOfField } from "./issues";
import { withClientSettings } from "@/components/settings/test-settings";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {} }) }));

/** Server-rendered markup of the panel for field `index` of `fields`, with the client's own checks. */
function panel(fields: DraftField[], index: number, publishedKey: string | null = null) {
  const field = fields[index]!;
  return renderToStaticMarkup(
    withClientSettings(
      <EditPanel
        field={field}
        index={index}
        fields={fields}
        idBase="fb"
        issues={issuesOfField(checkDraft(fields), index)}
        set={() => {}}
        onLabelChange={() => {}}
        onKeyChange={() => {}}
        publishedKey={publishedKey}
        ids={{ orgId: "o", eventId: "e" }}
        upload={async () => ok("up", { url: "/u.webp", width: 1, height: 1 })}
        onDuplicate={() => {}}
        onDelete={() => {}}
        canAdd
      />,
    ),
  );
}

/** The label element for this control id, with its text. */
function labelFor(html: string, id: string): string {
  const match = new RegExp(`<label[^>]*for="${id}"[^>]*>([\\s\\S]*?)</label>`).exec(html);
  if (!match) throw new Error(`No label for ${id}`);
  return match[1]!;
}

function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`No element with id ${id}`);
  return match[0];
}

describe("edit panel", () => {
  it("short text: every control labelled, pattern and its message offered", () => {
    const html = panel([{ type: "short_text", key: "company", label: "Company" }], 0);
    for (const [id, label] of [
      ["fb-label", "Label"],
      ["fb-key", "Key"],
      ["fb-help", "Help text"],
      ["fb-required", "Required"],
      ["fb-personal", "Personal data"],
      ["fb-placeholder", "Placeholder"],
      ["fb-min-length", "Minimum length"],
      ["fb-max-length", "Maximum length"],
      ["fb-pattern", "Pattern (regular expression)"],
      ["fb-pattern-message", "Message when the pattern does not match"],
      ["fb-default", "Default answer"],
      ["fb-condition-field", "Show this field"],
    ]) {
      expect(labelFor(html, id!)).toBe(label);
    }
    expect(html).toContain("masked for viewers");
    expect(html).toContain("Duplicate");
    expect(html).toContain("Delete");
  });

  it("shows an issue next to its control, wired for screen readers", () => {
    const html = panel([{ type: "short_text", key: "company", label: "", pattern: "(a+)+$" }], 0);
    const label = tagWithId(html, "fb-label");
    expect(label).toContain('aria-invalid="true"');
    expect(label).toContain('aria-describedby="fb-label-error"');
    expect(html).toMatch(/id="fb-label-error"[^>]*>Enter a label</);
    expect(tagWithId(html, "fb-pattern")).toContain('aria-invalid="true"');
  });

  it("choices: label and stored value per choice, reorder and remove with accessible names", () => {
    const fields: DraftField[] = [
      {
        type: "single_choice",
        key: "fit",
        label: "Fit",
        options: [
          { value: "regular", label: "Regular" },
          { value: "regular", label: "Slim" },
        ],
      },
    ];
    const html = panel(fields, 0);
    expect(labelFor(html, "fb-option-0-label")).toBe("Choice 1 label");
    expect(labelFor(html, "fb-option-1-value")).toBe("Choice 2 stored value");
    expect(html).toContain('aria-label="Move choice “Slim” up"');
    expect(html).toContain('aria-label="Remove choice “Regular”"');
    expect(html).toContain("Another option already has this value");
    expect(tagWithId(html, "fb-option-0-up")).toContain("disabled");
    expect(labelFor(html, "fb-display")).toBe("Show as");
  });

  it("condition: only earlier fields with an operator are offered, operators fit the target", () => {
    const fields: DraftField[] = [
      { type: "number", key: "age", label: "Age" },
      { type: "checkbox", key: "diet", label: "Dietary needs" },
      { type: "long_text", key: "details", label: "Details", visibleWhen: { field: "diet", op: "checked" } },
      { type: "email", key: "later", label: "Later" },
    ];
    const html = panel(fields, 2);
    const select = /<select[^>]*id="fb-condition-field"[\s\S]*?<\/select>/.exec(html)![0];
    expect(select).toContain("When “Dietary needs” …");
    expect(select).not.toContain("Age");
    expect(select).not.toContain("Later");
    const ops = /<select[^>]*id="fb-condition-op"[\s\S]*?<\/select>/.exec(html)![0];
    expect(ops).toContain(">is ticked</option>");
    expect(ops).not.toContain("equals");
    expect(html).not.toContain('id="fb-condition-value"');
  });

  it("condition on a choice compares with one of its options", () => {
    const fields: DraftField[] = [
      { type: "multiple_choice", key: "extras", label: "Extras", options: [{ value: "pen", label: "Pen" }] },
      {
        type: "short_text",
        key: "engraving",
        label: "Engraving",
        visibleWhen: { field: "extras", op: "includes", value: "pen" },
      },
    ];
    const html = panel(fields, 1);
    const value = /<select[^>]*id="fb-condition-value"[\s\S]*?<\/select>/.exec(html)![0];
    expect(value).toContain('<option value="pen" selected="">Pen</option>');
  });

  it("image block: upload with a labelled file input, description and caption", () => {
    const html = panel([{ type: "image", key: "chart", url: "", alt: "" }], 0);
    expect(labelFor(html, "fb-file")).toBe("Upload an image");
    expect(tagWithId(html, "fb-file")).toContain('type="file"');
    expect(labelFor(html, "fb-alt")).toBe("Description for people who cannot see it");
    expect(labelFor(html, "fb-caption")).toBe("Caption (optional)");
    expect(html).toMatch(/id="fb-file-error"[^>]*>Upload an image</); // the schema’s first message
    expect(html).not.toContain('id="fb-label"');
    expect(html).not.toContain('id="fb-personal"');
  });

  it("note, consent, number, date, country and address show their own rules", () => {
    expect(labelFor(panel([{ type: "note", key: "n", text: "Hi" }], 0), "fb-text")).toBe("Text");
    const consent = panel([{ type: "consent", key: "c", label: "Privacy", text: "" }], 0);
    expect(consent).toContain("Enter the text people agree to");
    expect(consent).not.toContain('id="fb-required"');
    const number = panel([{ type: "number", key: "n", label: "N", min: 5, max: 1 }], 0);
    expect(number).toContain("The minimum cannot be more than the maximum");
    expect(labelFor(number, "fb-integer")).toBe("Whole numbers only");
    const date = panel([{ type: "date", key: "d", label: "D" }], 0);
    expect(tagWithId(date, "fb-min-date")).toContain('type="date"');
    const address = panel([{ type: "address", key: "a", label: "A", personal: true }], 0);
    expect(labelFor(address, "fb-require-postal-code")).toBe("Postal code required");
    expect(tagWithId(address, "fb-require-postal-code")).toContain("checked");
    expect(labelFor(panel([{ type: "country", key: "c", label: "C" }], 0), "fb-countries")).toBe(
      "Only these countries (optional)",
    );
  });

  it("warns before a published key is changed", () => {
    const fields: DraftField[] = [{ type: "short_text", key: "company_name", label: "Company" }];
    expect(panel(fields, 0, "company")).toContain("keep their answers under");
    expect(panel(fields, 0, "company_name")).not.toContain("keep their answers under");
    expect(panel(fields, 0, null)).not.toContain("keep their answers under");
  });
});
