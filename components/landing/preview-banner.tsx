import { formatDateTime } from "@/lib/format/date-time";

/**
 * The strip at the top of every preview page: says plainly that this is an unpublished draft (a preview link
 * gets forwarded; nobody should mistake it for the live shop) and until when the link works.
 */
export function PreviewBanner({
  expiresAt,
  timeZone,
  skippedBlocks,
}: {
  expiresAt: Date;
  timeZone: string;
  skippedBlocks: number;
}) {
  return (
    <div role="note" aria-label="Preview" className="bg-slate-900 text-white" data-testid="preview-banner">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-3 text-sm">
        <p>
          <span className="font-bold">Preview of the draft page.</span> Attendees do not see this version
          until it is published. This link works until {formatDateTime(expiresAt, timeZone)}.
        </p>
        {skippedBlocks > 0 ? (
          <p data-testid="preview-skipped">
            {skippedBlocks === 1 ? "1 block is" : `${skippedBlocks} blocks are`} not shown: fix the marked
            fields in the editor to see {skippedBlocks === 1 ? "it" : "them"}.
          </p>
        ) : null}
      </div>
    </div>
  );
}
