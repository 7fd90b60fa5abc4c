"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useClientSettings } from "@/components/settings/client-settings";
import { imageAccept, imageFormatsText } from "@/lib/settings/client-settings";
import { PanelSection, TextControl } from "../controls";
import { messageAt } from "../issues";
import type { Ids, UploadImage } from "../types";
import { str, type PanelProps } from "./panel-props";

export function NoteRules({ field, idBase, issues, set }: PanelProps) {
  const { limits } = useClientSettings();
  return (
    <PanelSection title="Note">
      <TextControl
        id={`${idBase}-text`}
        label="Text"
        hint="Plain text; leave a blank line between paragraphs."
        multiline
        rows={5}
        keepEmpty
        maxLength={limits.noteMaxLength}
        value={field.text}
        onChange={(value) => set("text", value ?? "")}
        error={messageAt(issues, "text")}
      />
    </PanelSection>
  );
}

/** E.g. a size chart: uploaded (checked and re-encoded by the server), described and captioned. */
export function ImageRules({
  field,
  idBase,
  issues,
  set,
  ids,
  upload,
}: PanelProps & { ids: Ids; upload: UploadImage }) {
  const { limits } = useClientSettings();
  const maxMb = Math.round(limits.uploadMaxBytes / (1024 * 1024));
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState("");
  const url = str(field.url);
  const shownError = error ?? messageAt(issues, "url");
  const fileId = `${idBase}-file`;

  const send = async () => {
    setError(null);
    setDone("");
    const file = input.current?.files?.[0];
    if (!file) return setError("Choose an image file");
    if (file.size > limits.uploadMaxBytes) return setError(`The image is too large (max ${maxMb} MB)`);
    const form = new FormData();
    form.set("orgId", ids.orgId);
    form.set("eventId", ids.eventId);
    form.set("file", file);
    setPending(true);
    try {
      const outcome = await upload(form);
      if (outcome.ok) {
        set("url", outcome.data.url);
        set("width", outcome.data.width);
        set("height", outcome.data.height);
        setDone("Image uploaded.");
        if (input.current) input.current.value = "";
      } else {
        setError(outcome.fieldErrors.file?.join(" ") ?? outcome.message);
      }
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  };

  return (
    <PanelSection title="Image">
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element -- exactly what was stored, from any storage host
        <img src={url} alt="" className="max-h-48 w-auto rounded-lg border border-slate-200" />
      ) : (
        <p className="text-sm text-slate-700">No image yet.</p>
      )}
      <div className="space-y-2">
        <label htmlFor={fileId} className="block text-sm font-semibold text-slate-900">
          {url ? "Replace the image" : "Upload an image"}
        </label>
        <p id={`${fileId}-hint`} className="text-sm text-slate-600">
          {imageFormatsText(limits)}, at most {maxMb} MB. It is resized and its metadata removed.
        </p>
        <input
          ref={input}
          id={fileId}
          type="file"
          accept={imageAccept(limits)}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={`${fileId}-hint${shownError ? ` ${fileId}-error` : ""}`}
          onChange={() => setError(null)}
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
        />
        {shownError ? (
          <p id={`${fileId}-error`} role="alert" className="text-sm font-medium text-red-700">
            {shownError}
          </p>
        ) : null}
        <p role="status" aria-live="polite" className="text-sm text-green-900">
          {done}
        </p>
        <Button variant="secondary" disabled={pending} onClick={() => void send()}>
          {pending ? "Uploading…" : "Upload"}
        </Button>
      </div>
      <TextControl
        id={`${idBase}-alt`}
        label="Description for people who cannot see it"
        hint="Read out by screen readers, e.g. “Size chart: chest width per size, S 48 cm to XXL 62 cm”."
        multiline
        rows={2}
        keepEmpty
        maxLength={limits.helpTextMaxLength}
        value={field.alt}
        onChange={(value) => set("alt", value ?? "")}
        error={messageAt(issues, "alt")}
      />
      <TextControl
        id={`${idBase}-caption`}
        label="Caption (optional)"
        maxLength={limits.helpTextMaxLength}
        value={field.caption}
        onChange={(value) => set("caption", value)}
        error={messageAt(issues, "caption")}
      />
    </PanelSection>
  );
}
