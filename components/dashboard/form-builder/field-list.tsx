"use client";

import { cx } from "@/components/ui/cx";
import { SortableList } from "@/components/ui/sortable-list";
import { describeCondition } from "./conditions";
import { fieldTitle, isDisplayType, typeInfo, type DraftField } from "./field-types";

export type Row = { uid: string; field: DraftField };

const moveButton =
  "min-h-11 min-w-11 rounded-lg border border-slate-300 bg-white font-bold text-slate-800 hover:bg-slate-50 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-40";

function Badge({ tone, children }: { tone: "slate" | "amber" | "red" | "blue"; children: string }) {
  const tones = {
    slate: "border-slate-300 bg-slate-100 text-slate-800",
    amber: "border-amber-300 bg-amber-50 text-amber-950",
    red: "border-red-300 bg-red-50 text-red-900",
    blue: "border-sky-300 bg-sky-50 text-sky-950",
  };
  return (
    <span className={cx("rounded-full border px-2 py-0.5 text-xs font-semibold", tones[tone])}>
      {children}
    </span>
  );
}

/**
 * The form's fields in order. A row selects its field; when editing is allowed, its handle drags it (mouse,
 * touch or keyboard, announced by SortableList) and its ↑/↓ buttons move it (announced by the parent).
 */
export function FieldList({
  rows,
  selectedUid,
  issueCounts,
  canEdit,
  onSelect,
  onMove,
}: {
  rows: readonly Row[];
  selectedUid: string | null;
  issueCounts: ReadonlyMap<number, number>;
  canEdit: boolean;
  onSelect: (uid: string) => void;
  onMove: (from: number, to: number, options?: { focusId?: string; dragged?: boolean }) => void;
}) {
  const fields = rows.map((r) => r.field);
  if (rows.length === 0) {
    return (
      <div
        className="rounded-2xl border-2 border-dashed border-slate-300 p-6 text-center"
        data-testid="fields-empty"
      >
        <p className="font-semibold text-slate-900">No fields yet</p>
        <p className="mt-1 text-sm text-slate-700">
          {canEdit
            ? "Add the questions attendees answer when they order: a size, a company, a consent…"
            : "Attendees are only asked for their name and email."}
        </p>
      </div>
    );
  }
  return (
    <SortableList
      id="form-builder-fields"
      items={rows}
      keyOf={(row) => row.uid}
      labelOf={(row) => fieldTitle(row.field)}
      canReorder={canEdit}
      onMove={(from, to) => onMove(from, to, { dragged: true })}
      className="space-y-2"
      label="Fields of the form"
      testId="field-list"
      rowTestId="field-row"
      rowClassName={({ uid }, { index }) =>
        cx(
          "flex items-stretch gap-1 rounded-xl border-2 bg-white",
          uid === selectedUid ? "border-blue-700" : "border-slate-200",
          (issueCounts.get(index) ?? 0) > 0 && uid !== selectedUid && "border-red-300",
        )
      }
      renderItem={({ uid, field }, { index, handle }) => {
        const info = typeInfo(field.type);
        const title = fieldTitle(field);
        const selected = uid === selectedUid;
        const issues = issueCounts.get(index) ?? 0;
        const condition = describeCondition(field, fields);
        const upId = `fb-move-${uid}-up`;
        const downId = `fb-move-${uid}-down`;
        return (
          <>
            {handle}
            <button
              type="button"
              onClick={() => onSelect(uid)}
              aria-current={selected ? "true" : undefined}
              className="min-w-0 flex-1 rounded-lg px-2 py-2 text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
            >
              <span className="flex items-center gap-2 text-xs font-semibold text-slate-700">
                <span aria-hidden="true" className="inline-block w-5 text-center">
                  {info?.icon ?? "?"}
                </span>
                {info?.name ?? field.type}
                {selected ? <span className="sr-only">(selected)</span> : null}
              </span>
              <span className="block truncate font-semibold text-slate-900">{title}</span>
              <span className="block truncate font-mono text-xs text-slate-600">
                {field.key || "(no key)"}
              </span>
              <span className="mt-1 flex flex-wrap gap-1">
                {field.required === true ? <Badge tone="slate">Required</Badge> : null}
                {field.personal === true && !isDisplayType(field.type) ? (
                  <Badge tone="amber">Personal</Badge>
                ) : null}
                {condition ? <Badge tone="blue">Conditional</Badge> : null}
                {issues > 0 ? (
                  <Badge tone="red">{issues === 1 ? "1 problem" : `${issues} problems`}</Badge>
                ) : null}
              </span>
              {condition ? <span className="sr-only">{condition}</span> : null}
            </button>
            {canEdit ? (
              <span
                className="flex flex-col justify-center gap-1 p-1"
                role="group"
                aria-label={`Position of ${title}`}
              >
                <button
                  id={upId}
                  type="button"
                  className={moveButton}
                  disabled={index === 0}
                  aria-label={`Move ${title} up`}
                  onClick={() => onMove(index, index - 1, { focusId: index - 1 === 0 ? downId : upId })}
                >
                  ↑
                </button>
                <button
                  id={downId}
                  type="button"
                  className={moveButton}
                  disabled={index === rows.length - 1}
                  aria-label={`Move ${title} down`}
                  onClick={() =>
                    onMove(index, index + 1, { focusId: index + 1 === rows.length - 1 ? upId : downId })
                  }
                >
                  ↓
                </button>
              </span>
            ) : null}
          </>
        );
      }}
    />
  );
}
