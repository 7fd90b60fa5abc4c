"use client";

import type { PublicImage } from "@/lib/events/queries";

export type LibraryImage = PublicImage & { id: string; label: string };

/**
 * Picks one of the organisation's uploaded images (already checked, re-encoded and EXIF-stripped by the upload
 * pipeline). A native <select> with a thumbnail of the choice: keyboard and screen-reader friendly for free.
 */
export function ImageField({
  id,
  label,
  value,
  images,
  onChange,
  optional,
}: {
  id?: string;
  label: string;
  value: { blobId: string } | null | undefined;
  images: LibraryImage[];
  onChange: (value: { blobId: string } | null) => void;
  optional: boolean;
}) {
  const selected = value ? images.find((image) => image.id === value.blobId) : undefined;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3"
        value={value?.blobId ?? ""}
        onChange={(event) => onChange(event.target.value ? { blobId: event.target.value } : null)}
      >
        <option value="" disabled={!optional}>
          {optional ? "No image" : "Choose an image…"}
        </option>
        {images.map((image) => (
          <option key={image.id} value={image.id}>
            {image.label}
          </option>
        ))}
      </select>
      {selected ? (
        // A thumbnail of the organisation's own upload; decorative next to the select that names it.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={selected.url}
          alt=""
          className="h-20 w-auto rounded-md border border-slate-200 object-cover"
        />
      ) : null}
      {images.length === 0 ? (
        <p className="text-sm text-slate-600">No images yet: upload one in the Images panel first.</p>
      ) : null}
    </div>
  );
}
