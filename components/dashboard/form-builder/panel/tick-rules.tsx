"use client";

import { useClientSettings } from "@/components/settings/client-settings";
import { CheckControl, PanelSection, TextControl } from "../controls";
import { messageAt } from "../issues";
import { Button } from "@/components/ui/button";
import { mismatchedRetentionDays, withRetentionSentence } from "@/lib/privacy/consent-promise";
import { useRetentionDays } from "../retention-days";
import { str, type PanelProps } from "./panel-props";

export function CheckboxRules({ field, idBase, issues, set }: PanelProps) {
  return (
    <PanelSection title="Answer rules">
      <p className="text-sm text-slate-700">
        Unticked means “No”, so a yes/no checkbox is never required. For something attendees must agree to,
        use a consent field.
      </p>
      <CheckControl
        id={`${idBase}-default`}
        label="Ticked by default"
        checked={field.defaultValue === true}
        onChange={(checked) => set("defaultValue", checked ? true : undefined)}
        error={messageAt(issues, "defaultValue")}
      />
    </PanelSection>
  );
}

/** Consent must be ticked when shown; the order keeps the text and the time it was accepted. */
export function ConsentRules({ field, idBase, issues, set }: PanelProps) {
  const { limits } = useClientSettings();
  const link =
    typeof field.link === "object" && field.link !== null ? (field.link as Record<string, unknown>) : null;
  const setLink = (prop: "url" | "label", value: string | undefined) => {
    const next = { url: str(link?.url), label: str(link?.label), [prop]: value ?? "" };
    set("link", next.url === "" && next.label === "" ? undefined : next);
  };
  return (
    <PanelSection title="Consent">
      <TextControl
        id={`${idBase}-text`}
        label="What attendees agree to"
        hint="Shown next to the tick box and stored with each order, with the time it was ticked."
        multiline
        keepEmpty
        maxLength={limits.noteMaxLength}
        value={field.text}
        onChange={(value) => set("text", value ?? "")}
        error={messageAt(issues, "text")}
      />
      <RetentionPromise text={str(field.text)} onInsert={(text) => set("text", text)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextControl
          id={`${idBase}-link-url`}
          label="Link address (optional)"
          hint="E.g. your privacy policy, starting with https://"
          value={link?.url}
          onChange={(value) => setLink("url", value)}
          error={messageAt(issues, "link", "url") ?? messageAt(issues, "link")}
        />
        <TextControl
          id={`${idBase}-link-label`}
          label="Link text"
          maxLength={limits.labelMaxLength}
          value={link?.label}
          onChange={(value) => setLink("label", value)}
          error={messageAt(issues, "link", "label")}
        />
      </div>
    </PanelSection>
  );
}

/** Keeps the consent's promise and the event's retention setting in agreement (issue 13). */
function RetentionPromise({ text, onInsert }: { text: string; onInsert: (text: string) => void }) {
  const days = useRetentionDays();
  if (days === null) return null;
  const mismatched = mismatchedRetentionDays(text, days);
  return (
    <div className="space-y-2 text-sm text-slate-700" data-testid="consent-retention">
      <p>
        This event&apos;s personal data is erased {days} days after it ends (event settings, “Data
        retention”).
      </p>
      {mismatched.length > 0 ? (
        <p className="font-semibold text-amber-800" role="status">
          {`This text promises ${mismatched.map((n) => `${n} days`).join(", ")}, but the retention period is ${days} days.`}
        </p>
      ) : null}
      <Button variant="secondary" onClick={() => onInsert(withRetentionSentence(text, days))}>
        Add the retention period to the text
      </Button>
    </div>
  );
}
