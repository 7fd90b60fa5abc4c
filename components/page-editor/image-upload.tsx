"use client";

import { useId, useRef, useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { useClientSettings } from "@/components/settings/client-settings";
import { Button } from "@/components/ui/button";
import { imageAccept, imageFormatsText } from "@/lib/settings/client-settings";
import type { ActionResult } from "@/lib/validation/action-result";
import type { LibraryImage } from "./image-field";
import type { PageIds, UploadPageImage } from "./types";

/**
 * Adds an image to the organisation's library through the upload pipeline (the action checks, re-encodes and
 * strips EXIF); the new image appears in every image picker of the editor at once.
 */
export function ImageUpload({
  ids,
  upload,
  onUploaded,
}: {
  ids: PageIds;
  upload: UploadPageImage;
  onUploaded: (image: LibraryImage) => void;
}) {
  const { limits } = useClientSettings();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<LibraryImage> | null>(null);
  return (
    <section aria-labelledby={`${inputId}-heading`} className="space-y-3 p-4" data-testid="image-upload">
      <h2 id={`${inputId}-heading`} className="text-base font-bold text-slate-900">
        Images
      </h2>
      <p className="text-sm text-slate-700">
        {imageFormatsText(limits)}. Uploaded images can be picked in any block.
      </p>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        Upload an image
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept={imageAccept(limits)}
        className="block w-full text-sm"
      />
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          const file = input.current?.files?.[0];
          if (!file) {
            setResult({
              ok: false,
              code: "invalid_input",
              message: "Choose an image file first.",
              fieldErrors: {},
            });
            return;
          }
          const form = new FormData();
          form.set("orgId", ids.orgId);
          form.set("eventId", ids.eventId);
          form.set("file", file);
          setPending(true);
          try {
            const outcome = await upload(form);
            setResult(outcome);
            if (outcome.ok) {
              onUploaded(outcome.data);
              if (input.current) input.current.value = "";
            }
          } catch {
            setResult({
              ok: false,
              code: "unavailable",
              message: "The server could not be reached. Nothing was uploaded: try again.",
              fieldErrors: {},
            });
          } finally {
            setPending(false);
          }
        }}
      >
        {pending ? "Uploading…" : "Upload"}
      </Button>
      <ActionMessage result={result} />
    </section>
  );
}
