"use client";

import type { RefObject } from "react";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldTitle, typeInfo, type DraftField } from "./field-types";
import { unplacedIssues } from "./issues";
import { BasicsSection } from "./panel/basics";
import { ChoiceRules } from "./panel/choice-rules";
import { ImageRules, NoteRules } from "./panel/display-rules";
import { DateRules, NumberRules } from "./panel/number-date-rules";
import type { PanelProps } from "./panel/panel-props";
import { AddressRules, CountryRules } from "./panel/place-rules";
import { TextRules } from "./panel/text-rules";
import { CheckboxRules, ConsentRules } from "./panel/tick-rules";
import { VisibilityRules } from "./panel/visibility-rules";
import type { Ids, UploadImage } from "./types";

/** The rules part of the panel: one group per kind of field. */
function TypeRules(props: PanelProps & { ids: Ids; upload: UploadImage }) {
  switch (props.field.type) {
    case "short_text":
    case "long_text":
    case "email":
    case "phone":
      return <TextRules {...props} />;
    case "number":
      return <NumberRules {...props} />;
    case "date":
      return <DateRules {...props} />;
    case "single_choice":
    case "multiple_choice":
      return <ChoiceRules {...props} />;
    case "checkbox":
      return <CheckboxRules {...props} />;
    case "consent":
      return <ConsentRules {...props} />;
    case "country":
      return <CountryRules {...props} />;
    case "address":
      return <AddressRules {...props} />;
    case "note":
      return <NoteRules {...props} />;
    case "image":
      return <ImageRules {...props} />;
    default:
      return null;
  }
}

export function EditPanel({
  panelRef,
  index,
  fields,
  ids,
  upload,
  onLabelChange,
  onKeyChange,
  publishedKey,
  onDuplicate,
  onDelete,
  canAdd,
  ...props
}: PanelProps & {
  panelRef?: RefObject<HTMLElement | null>;
  index: number;
  fields: readonly DraftField[];
  ids: Ids;
  upload: UploadImage;
  onLabelChange: (label: string) => void;
  onKeyChange: (key: string) => void;
  publishedKey: string | null;
  onDuplicate: () => void;
  onDelete: () => void;
  canAdd: boolean;
}) {
  const { field } = props;
  const info = typeInfo(field.type);
  const title = fieldTitle(field);
  const others = unplacedIssues(props.issues);
  return (
    <section
      ref={panelRef}
      aria-labelledby="edit-panel-heading"
      className="space-y-5 rounded-2xl border border-slate-200 bg-white p-4"
      data-testid="edit-panel"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id="edit-panel-heading" className="text-lg font-bold text-slate-900">
            Edit field {index + 1}: {title}
          </h3>
          <p className="text-sm text-slate-700">{info?.name ?? field.type}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={onDuplicate} disabled={!canAdd}>
            Duplicate
          </Button>
          <ConfirmButton
            label="Delete"
            title={`Delete “${title}”?`}
            body="The field disappears from the draft. Orders already placed keep their answers, and published versions are not changed."
            confirmLabel="Delete field"
            onConfirm={onDelete}
          />
        </div>
      </div>
      {others.length > 0 ? (
        <Alert tone="error" title="Fix these problems">
          <ul className="list-disc pl-5">
            {others.map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <BasicsSection
        {...props}
        onLabelChange={onLabelChange}
        onKeyChange={onKeyChange}
        publishedKey={publishedKey}
      />
      <TypeRules {...props} ids={ids} upload={upload} />
      <VisibilityRules {...props} fields={fields} index={index} />
    </section>
  );
}
