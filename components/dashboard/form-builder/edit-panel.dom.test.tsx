import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ok } from "@/lib/validation/action-result";
import { FormBuilder } from "./form-builder";
import type { FormBuilderData, SaveDraft } from "./types";
import { withClientSettings } from "@/components/settings/test-settings";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn(), push: vi.fn() }) }));

/**
 * The field panel inside the whole builder, as the organiser uses it: what the panel changes is read from
 * the draft the builder autosaves (the fake `save` records each draft the server would receive).
 */
function renderBuilder(fields: unknown[]) {
  let revision = 1;
  const save = vi.fn<SaveDraft>(async () =>
    ok("Saved", { revision: ++revision, savedAt: "2026-11-30T10:00:00Z", issues: [] }),
  );
  const data: FormBuilderData = {
    event: {
      id: "e",
      name: "DevConf",
      slug: "devconf",
      status: "draft",
      currency: "EUR",
      timeZone: "Europe/Amsterdam",
    },
    draft: { fields, revision, basedOnVersion: null, updatedAt: "2026-11-30T09:00:00Z" },
    issues: [],
    latestVersion: null,
    publishedKeys: [],
    changedSincePublish: false,
    canEdit: true,
  };
  render(
    withClientSettings(
      <FormBuilder
        ids={{ orgId: "o", eventId: "e" }}
        data={data}
        actions={{ save, publish: vi.fn(), upload: vi.fn() }}
        versionsHref="/versions"
      />,
    ),
  );
  return { save, user: userEvent.setup({ delay: null }) };
}

/** The draft of the last save, once the builder has saved one that satisfies `check` (saves wait 0.8 s). */
async function savedDraft(
  save: ReturnType<typeof renderBuilder>["save"],
  check: (fields: unknown[]) => void,
) {
  await waitFor(
    () => {
      const last = save.mock.calls.at(-1)?.[0];
      expect(last).toBeDefined();
      check(last!.fields);
    },
    { timeout: 10_000 },
  );
}

const panel = () => screen.getByTestId("edit-panel");

describe("form builder field panel (interaction)", () => {
  it("editing the label, ticking required and personal data changes the field in the saved draft", async () => {
    const { save, user } = renderBuilder([{ type: "short_text", key: "company", label: "Company" }]);
    const label = within(panel()).getByRole("textbox", { name: "Label" });
    await user.clear(label);
    await user.type(label, "Employer");
    await user.click(within(panel()).getByRole("checkbox", { name: /^Required/ }));
    await user.click(within(panel()).getByRole("checkbox", { name: /^Personal data/ }));

    expect(within(panel()).getByRole("heading", { level: 3 }).textContent).toBe("Edit field 1: Employer");
    await savedDraft(save, (fields) =>
      // A saved field keeps its key when its label changes: answers already stored under it stay found.
      expect(fields).toEqual([
        { type: "short_text", key: "company", label: "Employer", required: true, personal: true },
      ]),
    );

    await user.click(within(panel()).getByRole("checkbox", { name: /^Required/ }));
    await savedDraft(save, (fields) => expect(fields[0]).toMatchObject({ required: false }));
  });

  it("an empty label is an error on the field, announced beside it", async () => {
    const { user } = renderBuilder([{ type: "short_text", key: "company", label: "Company" }]);
    const label = within(panel()).getByRole("textbox", { name: "Label" });
    await user.clear(label);
    await waitFor(() => expect(label.getAttribute("aria-invalid")).toBe("true"));
    const errorId = label
      .getAttribute("aria-describedby")
      ?.split(" ")
      .find((id) => id.endsWith("error"));
    expect(errorId && document.getElementById(errorId)?.textContent).toMatch(/label/i);
  });

  it("renaming, adding and removing choices changes the options in the saved draft", async () => {
    const { save, user } = renderBuilder([
      {
        type: "single_choice",
        key: "fit",
        label: "T-shirt fit",
        display: "radio",
        options: [
          { value: "regular", label: "Regular" },
          { value: "fitted", label: "Fitted" },
        ],
      },
    ]);
    const firstLabel = within(panel()).getByRole("textbox", { name: "Choice 1 label" });
    await user.clear(firstLabel);
    await user.type(firstLabel, "Straight");
    await user.click(within(panel()).getByRole("button", { name: "Add a choice" }));
    await user.click(within(panel()).getByRole("button", { name: "Remove choice “Fitted”" }));
    await user.click(within(panel()).getByRole("button", { name: "Move choice “Option 3” up" }));

    await savedDraft(save, (fields) =>
      expect(fields[0]).toMatchObject({
        options: [
          // The stored value stays when the label changes, so earlier answers keep their meaning.
          { value: "option_3", label: "Option 3" },
          { value: "regular", label: "Straight" },
        ],
      }),
    );
  });
});
