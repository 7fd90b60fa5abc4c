"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { useAction } from "@/components/dashboard/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { moveAnnouncement } from "@/components/ui/sortable-list-announcements";
import type { FieldType } from "@/lib/forms/definitions";
import { useClientSettings } from "@/components/settings/client-settings";
import type { ActionResult } from "@/lib/validation/action-result";
import { AddField } from "./add-field";
import { EditPanel } from "./edit-panel";
import { FieldList, type Row } from "./field-list";
import { fieldTitle, fieldTypeInfo } from "./field-types";
import { formatMoment } from "./format";
import {
  checkDraft,
  formLevelIssues,
  issueCountByIndex,
  issuesFromFieldErrors,
  issuesOfField,
  mergeIssues,
  previewableFields,
  type DefinitionIssue,
} from "./issues";
import { keyFromLabel } from "./keys";
import { insertAt, moveInList, removeAt, withProp } from "./list-ops";
import { PhonePreview } from "./preview";
import { duplicateField, keysOf, newField, renameKey, toRows } from "./rows";
import { SaveStatus } from "./save-status";
import type { FormBuilderData, Ids, PublishForm, SaveDraft, UploadImage } from "./types";
import { useAutosave } from "./use-autosave";

const FOCUSABLE = "input:not([type=file]), select, textarea";

/**
 * The form builder: the field list, the edit panel of the selected field and the live phone preview.
 * Every change is kept here and autosaved; nothing typed is thrown away by a failed save.
 */
export function FormBuilder({
  ids,
  data,
  actions,
  versionsHref,
}: {
  ids: Ids;
  data: FormBuilderData;
  actions: { save: SaveDraft; publish: PublishForm; upload: UploadImage };
  versionsHref: string;
}) {
  const { limits } = useClientSettings();
  const { canEdit } = data;
  const [rows, setRows] = useState<Row[]>(() => toRows(data.draft.fields));
  const [selectedUid, setSelectedUid] = useState<string | null>(() =>
    canEdit ? (rows[0]?.uid ?? null) : null,
  );
  const [announcement, setAnnouncement] = useState("");
  const [showPreview, setShowPreview] = useState(false);
  const nextUid = useRef(0);
  /** New fields whose key still follows their label (until the key is edited by hand). */
  const autoKeys = useRef(new Set<string>());
  /** Fields that opened with a key some published version used: changing those keys warns. */
  const [openedKeys] = useState(() => {
    const published = new Set(data.publishedKeys);
    return new Map(rows.filter((r) => published.has(r.field.key)).map((r) => [r.uid, r.field.key]));
  });
  const panelRef = useRef<HTMLElement>(null);
  const focusPanel = useRef(false);
  const focusAfter = useRef<string | null>(null);

  const fields = useMemo(() => rows.map((r) => r.field), [rows]);
  const [initialFields] = useState(fields);
  const autosave = useAutosave({
    fields,
    revision: data.draft.revision,
    save: (draft, revision) => actions.save({ ...ids, fields: draft, revision }),
  });

  const publishing = useAction(actions.publish);
  const [publishIssues, setPublishIssues] = useState<{ fields: unknown; issues: DefinitionIssue[] } | null>(
    null,
  );

  const issues = useMemo(() => {
    const server =
      autosave.server?.fields === fields
        ? autosave.server.issues
        : !autosave.server && fields === initialFields
          ? data.issues
          : [];
    const published = publishIssues?.fields === fields ? publishIssues.issues : [];
    return mergeIssues(checkDraft(fields), server, published);
  }, [fields, initialFields, autosave.server, data.issues, publishIssues]);
  const counts = useMemo(() => issueCountByIndex(issues), [issues]);
  const preview = useMemo(() => previewableFields(fields), [fields]);

  useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    } else if (focusPanel.current) {
      panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
    focusPanel.current = false;
  });

  const select = (uid: string) => {
    setSelectedUid(uid);
    focusPanel.current = true;
  };
  const selectedIndex = rows.findIndex((r) => r.uid === selectedUid);
  const selected = rows[selectedIndex];

  const update = (uid: string, change: (rows: Row[]) => Row[]) => {
    setRows((current) => (current.some((r) => r.uid === uid) ? change(current) : current));
  };
  const setProp = (uid: string) => (prop: string, value: unknown) =>
    update(uid, (current) =>
      current.map((r) => (r.uid === uid ? { ...r, field: withProp(r.field, prop, value) } : r)),
    );

  const add = (type: FieldType) => {
    if (rows.length >= limits.fieldsPerForm) return;
    const uid = `n${nextUid.current++}`;
    const at = selectedIndex >= 0 ? selectedIndex + 1 : rows.length;
    autoKeys.current.add(uid);
    setRows(insertAt(rows, at, { uid, field: newField(type, rows) }));
    setAnnouncement(`${fieldTypeInfo[type].name} field added as field ${at + 1} of ${rows.length + 1}.`);
    select(uid);
  };

  const duplicate = (index: number) => {
    const source = rows[index];
    if (!source || rows.length >= limits.fieldsPerForm) return;
    const uid = `n${nextUid.current++}`;
    setRows(insertAt(rows, index + 1, { uid, field: duplicateField(source.field, rows) }));
    setAnnouncement(`${fieldTitle(source.field)} duplicated as field ${index + 2}.`);
    select(uid);
  };

  const remove = (index: number) => {
    const removed = rows[index];
    if (!removed) return;
    const next = removeAt(rows, index);
    setRows(next);
    setAnnouncement(`${fieldTitle(removed.field)} deleted.`);
    const neighbour = next[Math.min(index, next.length - 1)];
    setSelectedUid(neighbour?.uid ?? null);
    focusAfter.current = neighbour ? null : "fb-add-type";
    focusPanel.current = Boolean(neighbour);
  };

  const move = (
    from: number,
    to: number,
    { focusId, dragged }: { focusId?: string; dragged?: boolean } = {},
  ) => {
    const moved = rows[from];
    if (!moved || to < 0 || to >= rows.length) return;
    setRows(moveInList(rows, from, to));
    // A drag was announced by the list itself.
    if (!dragged) setAnnouncement(moveAnnouncement(fieldTitle(moved.field), to, rows.length));
    if (focusId) focusAfter.current = focusId;
  };

  const publish = async () => {
    const outcome = await publishing.run({ ...ids, revision: autosave.revision });
    if (!outcome.ok && outcome.code === "invalid_input") {
      setPublishIssues({ fields, issues: issuesFromFieldErrors(outcome.fieldErrors) });
    }
  };
  const publishResult: ActionResult<{ version: number }> | null =
    publishing.result?.ok === true
      ? { ...publishing.result, message: `Version ${publishing.result.data.version} published` }
      : publishing.result;

  const saveBusy = autosave.state.kind !== "idle" && autosave.state.kind !== "saved";
  const changed = data.changedSincePublish || autosave.revision !== data.draft.revision;
  const formIssues = formLevelIssues(issues);

  const list = (
    <div className="space-y-3">
      {canEdit ? <AddField count={rows.length} onAdd={add} /> : null}
      <FieldList
        rows={rows}
        selectedUid={selectedUid}
        issueCounts={counts}
        canEdit={canEdit}
        onSelect={(uid) => (canEdit ? select(uid) : undefined)}
        onMove={move}
      />
    </div>
  );

  const previewPanel = (
    <PhonePreview fields={preview} skipped={fields.length - preview.length} title={data.event.name} />
  );

  return (
    <div className="space-y-5">
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4 rounded-2xl border border-slate-200 bg-white p-4">
        <div className="space-y-1">
          <p className="text-sm text-slate-800" data-testid="publish-state">
            {data.latestVersion
              ? `Version ${data.latestVersion.version} published ${formatMoment(data.latestVersion.publishedAt, data.event.timeZone)}. `
              : "Not published yet: attendees are only asked for their name and email. "}
            {data.latestVersion
              ? changed
                ? "The draft has changes that are not published."
                : "The draft is the same as the published form."
              : null}
          </p>
          <Link
            href={versionsHref}
            className="text-sm font-semibold text-blue-800 underline underline-offset-2"
          >
            Version history
          </Link>
        </div>
        {canEdit ? (
          <div className="flex flex-wrap items-center gap-3">
            <SaveStatus
              state={autosave.state}
              onRetry={() => void autosave.retry()}
              onReload={() => {
                autosave.allowLeaving();
                window.location.reload();
              }}
            />
            <ConfirmButton
              label={publishing.pending ? "Publishing…" : "Publish"}
              title="Publish this form?"
              body={
                <>
                  <p>Orders placed from now on use this version of the form.</p>
                  <p className="mt-2">
                    Orders placed before keep the version they were placed with, and their answers.
                  </p>
                </>
              }
              confirmLabel="Publish"
              variant="primary"
              pending={publishing.pending || saveBusy || issues.length > 0}
              onConfirm={() => void publish()}
            />
          </div>
        ) : (
          <p className="text-sm text-slate-700">You can look at the form; your role cannot change it.</p>
        )}
      </div>
      {canEdit && issues.length > 0 ? (
        <p className="text-sm text-slate-700" data-testid="publish-blocked">
          Publishing is possible once the{" "}
          {issues.length === 1 ? "problem is" : `${issues.length} problems are`} fixed (see the marked
          fields).
        </p>
      ) : null}
      <ActionMessage result={publishResult} />
      {formIssues.length > 0 ? (
        <Alert tone="error" title="The form as a whole">
          <ul className="list-disc pl-5">
            {formIssues.map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {canEdit ? (
        <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,1fr)_25rem]">
          {list}
          <div>
            {selected ? (
              <EditPanel
                key={selected.uid}
                panelRef={panelRef}
                field={selected.field}
                index={selectedIndex}
                fields={fields}
                idBase={`fb-${selected.uid}`}
                issues={issuesOfField(issues, selectedIndex)}
                set={setProp(selected.uid)}
                onLabelChange={(label) =>
                  update(selected.uid, (current) => {
                    const labelled = setLabel(current, selected.uid, label);
                    return autoKeys.current.has(selected.uid)
                      ? renameKey(labelled, selected.uid, keyFromLabel(label, keysOf(current, selected.uid)))
                      : labelled;
                  })
                }
                onKeyChange={(key) => {
                  autoKeys.current.delete(selected.uid);
                  update(selected.uid, (current) => renameKey(current, selected.uid, key));
                }}
                publishedKey={openedKeys.get(selected.uid) ?? null}
                ids={ids}
                upload={actions.upload}
                onDuplicate={() => duplicate(selectedIndex)}
                onDelete={() => remove(selectedIndex)}
                canAdd={rows.length < limits.fieldsPerForm}
              />
            ) : (
              <p className="rounded-2xl border-2 border-dashed border-slate-300 p-6 text-slate-700">
                {rows.length === 0 ? "Add a field to start." : "Choose a field in the list to edit it."}
              </p>
            )}
          </div>
          <div className="lg:col-span-2 xl:col-span-1">
            <div className="xl:hidden">
              <Button
                variant="secondary"
                aria-expanded={showPreview}
                onClick={() => setShowPreview((s) => !s)}
              >
                {showPreview ? "Hide preview" : "Show preview"}
              </Button>
            </div>
            <div className={showPreview ? "mt-3 xl:mt-0" : "hidden xl:block"}>{previewPanel}</div>
          </div>
        </div>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_25rem]">
          {list}
          {previewPanel}
        </div>
      )}
    </div>
  );
}

function setLabel(rows: Row[], uid: string, label: string): Row[] {
  return rows.map((r) => (r.uid === uid ? { ...r, field: { ...r.field, label } } : r));
}
