import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ok } from "@/lib/validation/action-result";
import { EditPanel } from "./edit-panel";
import type { DraftField } from "./field-types";
import { checkDraft, issuesOfField } from "./issues";
import { RetentionDaysContext } from "./retention-days";
import { withClientSettings } from "@/components/settings/test-settings";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {} }) }));

/** The consent field's panel, as the form page renders it: inside the event's retention period. */
function consentPanel(text: string, days: number | null) {
  const fields: DraftField[] = [{ type: "consent", key: "privacy", label: "Privacy", text }];
  return renderToStaticMarkup(
    withClientSettings(
      <RetentionDaysContext value={days}>
        <EditPanel
          field={fields[0]!}
          index={0}
          fields={fields}
          idBase="fb"
          issues={issuesOfField(checkDraft(fields), 0)}
          set={() => {}}
          onLabelChange={() => {}}
          onKeyChange={() => {}}
          publishedKey={null}
          ids={{ orgId: "o", eventId: "e" }}
          upload={async () => ok("up", { url: "/u.webp", width: 1, height: 1 })}
          onDuplicate={() => {}}
          onDelete={() => {}}
          canAdd
        />
      </RetentionDaysContext>,
    ),
  );
}

describe("the consent field offers the event's retention period (issue 13)", () => {
  it("names the days, offers to add them, and warns when the text promises other days", () => {
    const agreeing = consentPanel("I agree; my data is deleted 45 days after the event.", 45);
    expect(agreeing).toContain("erased 45 days after it ends");
    expect(agreeing).toContain("Add the retention period to the text");
    expect(agreeing).not.toContain("but the retention period is");

    const promisingOther = consentPanel("I agree; my data is deleted 90 days after the event.", 45);
    expect(promisingOther).toContain("This text promises 90 days, but the retention period is 45 days.");
  });

  it("stays out of the way where the period is unknown", () => {
    expect(consentPanel("I agree.", null)).not.toContain("consent-retention");
  });
});
