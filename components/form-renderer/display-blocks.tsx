import type { FieldOfType } from "@/lib/forms/definitions";

/** Plain text only: organisers' notes are never HTML, so nothing they type can inject markup. */
export function NoteBlock({ field }: { field: FieldOfType<"note"> }) {
  const paragraphs = field.text.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return (
    <div className="rounded-lg bg-zinc-100 px-4 py-3 text-base text-zinc-800">
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line [&+&]:mt-3">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

/** E.g. a size chart. Width and height, when known, reserve the space so nothing jumps on load. */
export function ImageBlock({ field }: { field: FieldOfType<"image"> }) {
  return (
    <figure className="m-0">
      {/* A plain img: blob URLs come from any storage host, and next/image would need each allowed. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={field.url}
        alt={field.alt}
        width={field.width}
        height={field.height}
        loading="lazy"
        decoding="async"
        className="h-auto max-w-full rounded-lg"
      />
      {field.caption ? <figcaption className="mt-2 text-sm text-zinc-600">{field.caption}</figcaption> : null}
    </figure>
  );
}
