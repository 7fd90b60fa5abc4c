"use client";

import { useRef, useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import { useClientSettings } from "@/components/settings/client-settings";
import { imageAccept, imageFormatsText } from "@/lib/settings/client-settings";
import type { ActionResult } from "@/lib/validation/action-result";

/**
 * Uploads, replaces or removes an item's image. The file travels as FormData to the server action, which
 * checks it by content and re-encodes it; its error is shown next to the field. The size is checked here
 * first only to spare the upload.
 */
export function ImageUpload({
  ids,
  itemId,
  itemName,
  image,
  upload,
  remove,
}: {
  ids: { orgId: string; eventId: string };
  itemId: string;
  itemName: string;
  image: { url: string } | null;
  upload: (form: FormData) => Promise<ActionResult<unknown>>;
  remove: (input: { orgId: string; eventId: string; itemId: string }) => Promise<ActionResult<unknown>>;
}) {
  const { limits } = useClientSettings();
  const maxMb = Math.round(limits.uploadMaxBytes / (1024 * 1024));
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const uploading = useAction(upload);
  const removing = useAction(remove);
  const serverError =
    uploading.result && !uploading.result.ok ? uploading.result.fieldErrors.image?.join(" ") : undefined;
  const error = localError ?? serverError;
  const errorId = `image-${itemId}-error`;

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLocalError(null);
    const file = input.current?.files?.[0];
    if (!file) return setLocalError("Choose an image file");
    if (file.size > limits.uploadMaxBytes) return setLocalError(`The image is too large (max ${maxMb} MB)`);
    const form = new FormData();
    form.set("orgId", ids.orgId);
    form.set("eventId", ids.eventId);
    form.set("itemId", itemId);
    form.set("image", file);
    const outcome = await uploading.run(form);
    if (outcome.ok && input.current) input.current.value = "";
  };

  return (
    <div className="space-y-3">
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of exactly what was stored
        <img
          src={image.url}
          alt={`Current image of ${itemName}`}
          className="aspect-square w-40 rounded-xl border border-slate-200 object-cover"
        />
      ) : (
        <p className="text-sm text-slate-700">No image yet.</p>
      )}
      <ActionMessage result={uploading.result ?? removing.result} />
      <form onSubmit={submit} noValidate className="space-y-2">
        <label htmlFor={`image-${itemId}`} className="block text-sm font-semibold text-slate-900">
          {image ? "Replace the image" : "Upload an image"}
        </label>
        <p id={`image-${itemId}-hint`} className="text-sm text-slate-600">
          {imageFormatsText(limits)}, at most {maxMb} MB. It is resized and its metadata (such as GPS
          positions) removed.
        </p>
        <input
          ref={input}
          id={`image-${itemId}`}
          name="image"
          type="file"
          accept={imageAccept(limits)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`image-${itemId}-hint${error ? ` ${errorId}` : ""}`}
          onChange={() => setLocalError(null)}
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
        />
        {error ? (
          <p id={errorId} className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={uploading.pending}>
            {uploading.pending ? "Uploading…" : "Upload"}
          </Button>
          {image ? (
            <ConfirmButton
              label="Remove image"
              title={`Remove the image of ${itemName}?`}
              body="Attendees will see the item without a picture until you upload another."
              confirmLabel="Remove image"
              pending={removing.pending}
              onConfirm={() => void removing.run({ ...ids, itemId })}
            />
          ) : null}
        </div>
      </form>
    </div>
  );
}
