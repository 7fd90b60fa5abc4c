import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ok } from "@/lib/validation/action-result";
import { FormBuilder } from "./form-builder";
import type { FormBuilderData, FormVersionSummary } from "./types";
import { VersionList } from "./version-list";
import { withClientSettings } from "@/components/settings/test-settings";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {} }) }));

const actions = {
  save: async () => ok("saved", { revision: 2, savedAt: "2025-01-01T12:00:00Z", issues: [] }),
  publish: async () => ok("published", { version: 2 }),
  upload: async () => ok("up", { url: "/u.webp", width: 1, height: 1 }),
};

function data(fields: unknown[], overrides: Partial<FormBuilderData> = {}): FormBuilderData {
  return {
    event: {
      id: "e",
      name: "DevConf",
      slug: "devconf",
      status: "draft",
      currency: "EUR",
      timeZone: "Europe/Berlin",
    },
    draft: { fields, revision: 1, basedOnVersion: null, updatedAt: "2025-01-01T11:00:00Z" },
    issues: [],
    latestVersion: null,
    publishedKeys: [],
    changedSincePublish: false,
    canEdit: true,
    ...overrides,
  };
}

const render = (d: FormBuilderData) =>
  renderToStaticMarkup(
    withClientSettings(
      <FormBuilder ids={{ orgId: "o", eventId: "e" }} data={d} actions={actions} versionsHref="/v" />,
    ),
  );

const valid = [
  { type: "checkbox", key: "diet", label: "Dietary needs" },
  {
    type: "long_text",
    key: "diet_details",
    label: "Details",
    required: true,
    visibleWhen: { field: "diet", op: "checked" },
  },
  { type: "email", key: "work_email", label: "Work email", personal: true },
];

describe("form builder", () => {
  it("lists the fields with type, key and badges in words, and keyboard reorder buttons", () => {
    const html = render(data(valid));
    expect(html.match(/data-testid="field-row"/g)).toHaveLength(3);
    expect(html).toContain("Yes/no checkbox");
    expect(html).toContain(">diet_details<");
    expect(html).toContain(">Required<");
    expect(html).toContain(">Personal<");
    expect(html).toContain(">Conditional<");
    expect(html).toContain("Shown when “Dietary needs” is ticked");
    expect(html).toContain('aria-label="Move Details up"');
    expect(html).toContain('aria-label="Move Work email down"');
    expect(/<button[^>]*aria-label="Move Dietary needs up"[^>]*>/.exec(html)?.[0]).toContain('disabled=""');
    expect(html).toContain('role="status" aria-live="polite"');
  });

  it("previews with the attendee renderer: hidden by condition until ticked, required marked", () => {
    const html = render(data(valid));
    expect(html).toContain('data-testid="form-preview"');
    expect(html).toContain('id="preview-diet"');
    expect(html).toContain('id="preview-work_email"');
    // diet_details depends on an unticked checkbox: not shown, exactly as attendees see it
    expect(html).not.toContain('id="preview-diet_details"');
    expect(html).not.toContain("not shown until");
  });

  it("with problems: counts in the list, the preview shows the rest and says what is left out, publish blocked", () => {
    const html = render(
      data([
        { type: "short_text", key: "company", label: "" },
        { type: "email", key: "email", label: "Email" },
      ]),
    );
    expect(html).toContain(">1 problem<");
    expect(html).toContain("1 field is not shown until its problems are fixed");
    expect(html).toContain('id="preview-email"');
    expect(html).not.toContain('id="preview-company"');
    expect(html).toContain('data-testid="publish-blocked"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Publish<\/button>/);
  });

  it("the server's issues of the loaded draft are shown too", () => {
    const html = render(data(valid, { issues: [{ path: [2, "key"], message: "Taken by the server" }] }));
    expect(html).toContain(">1 problem<");
  });

  it("selects the first field and opens its panel; the add menu offers every type", () => {
    const html = render(data(valid));
    expect(html).toContain("Edit field 1: Dietary needs");
    for (const name of [
      "Short text",
      "Long text",
      "Single choice",
      "Consent",
      "Postal address",
      "Note",
      "Image",
    ]) {
      expect(html).toContain(`>${name}</option>`);
    }
    expect(html).toMatch(/<button[^>]*>Publish<\/button>/);
  });

  it("says whether the draft differs from the published version", () => {
    const published = { latestVersion: { version: 3, publishedAt: "2025-03-01T09:30:00Z" } };
    expect(render(data(valid, { ...published, changedSincePublish: true }))).toContain(
      "Version 3 published 1 Mar 2025, 10:30 CET. The draft has changes that are not published.",
    );
    expect(render(data(valid, published))).toContain("The draft is the same as the published form.");
    expect(render(data([]))).toContain("Not published yet");
  });

  it("read-only for members who may not edit: list and preview, no controls", () => {
    const html = render(data(valid, { canEdit: false }));
    expect(html).toContain('data-testid="field-list"');
    expect(html).toContain('data-testid="form-preview"');
    expect(html).not.toContain("Add a field");
    expect(html).not.toContain('data-testid="edit-panel"');
    expect(html).not.toContain("Move Details up");
    expect(html).not.toMatch(/>Publish</);
    expect(html).toContain("your role cannot change it");
  });

  it("an empty form explains itself", () => {
    const html = render(data([]));
    expect(html).toContain('data-testid="fields-empty"');
    expect(html).toContain("Add a field to start.");
  });
});

describe("version list", () => {
  const versions: FormVersionSummary[] = [
    {
      version: 1,
      publishedAt: "2025-01-01T10:00:00Z",
      publishedBy: "Ada",
      fieldCount: 2,
      orderCount: 1,
      changes: [],
    },
    {
      version: 2,
      publishedAt: "2025-02-01T10:00:00Z",
      publishedBy: null,
      fieldCount: 3,
      orderCount: 0,
      changes: [
        { kind: "added", key: "company", label: "Company" },
        { kind: "changed", key: "fit", label: "T-shirt fit", properties: ["label", "required"] },
      ],
    },
  ];
  const render = (canEdit: boolean, list = versions) =>
    renderToStaticMarkup(
      <VersionList
        ids={{ orgId: "o", eventId: "e" }}
        versions={list}
        timeZone="UTC"
        canEdit={canEdit}
        draftRevision={4}
        draftChanged
        restore={async () => ok("restored", { revision: 5 })}
        builderHref="/b"
      />,
    );

  it("newest first, with who, when, counts and the changes in words", () => {
    const html = render(true);
    expect(html.indexOf("Version 2")).toBeLessThan(html.indexOf("Version 1"));
    expect(html).toContain("Published 1 Jan 2025, 10:00 UTC by Ada");
    expect(html).toContain("3 fields · 0 orders placed with it");
    expect(html).toContain("2 fields · 1 order placed with it");
    expect(html).toContain("Added “Company”");
    expect(html).toContain("Changed “T-shirt fit”: label, required");
    expect(html).toContain("Changes since version 1");
    expect(html.match(/>Restore as draft</g)).toHaveLength(2);
    expect(html).toContain("unpublished changes will be lost");
  });

  it("no restore for read-only members; an empty history explains itself", () => {
    expect(render(false)).not.toContain("Restore as draft");
    expect(render(true, [])).toContain("Not published yet");
  });
});
