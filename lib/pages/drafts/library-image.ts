import type { Blob } from "@/db/schema";
import { formatShortDateTime } from "@/lib/format/date-time";

/** An uploaded image as the editor's image picker lists it (components/page-editor/image-field.tsx). */
export type PageLibraryImage = { id: string; label: string; url: string; width: number; height: number };

/** Uploads have no name of their own (the file's name is not kept): the picker names them by size and time. */
export function toLibraryImage(
  blob: Pick<Blob, "id" | "url" | "width" | "height" | "createdAt">,
  timeZone: string,
): PageLibraryImage {
  return {
    id: blob.id,
    url: blob.url,
    width: blob.width,
    height: blob.height,
    label: `${blob.width}×${blob.height} image, uploaded ${formatShortDateTime(blob.createdAt, timeZone)}`,
  };
}
