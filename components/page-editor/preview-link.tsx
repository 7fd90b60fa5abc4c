"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { Button } from "@/components/ui/button";
import { formatTimeOfDay } from "@/lib/format/date-time";
import type { ActionResult } from "@/lib/validation/action-result";
import type { CreatePagePreviewLink, PageIds } from "./types";

/** "Preview": a private, expiring link to the draft on the event's own address, to open on a phone. */
export function PreviewLink({ ids, create }: { ids: PageIds; create: CreatePagePreviewLink }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<{ url: string; expiresAt: string }> | null>(null);
  const [copied, setCopied] = useState(false);
  const link = result?.ok ? result.data : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setCopied(false);
          try {
            setResult(await create(ids));
          } catch {
            setResult({
              ok: false,
              code: "unavailable",
              message: "The server could not be reached. Check your connection and try again.",
              fieldErrors: {},
            });
          } finally {
            setPending(false);
          }
        }}
      >
        Preview link
      </Button>
      {link ? (
        <>
          <label className="sr-only" htmlFor="page-preview-url">
            Preview link
          </label>
          <input
            id="page-preview-url"
            readOnly
            value={link.url}
            className="min-h-11 w-72 rounded-lg border border-slate-400 bg-white px-3 font-mono text-sm"
            onFocus={(event) => event.currentTarget.select()}
            data-testid="preview-url"
          />
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(link.url).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </Button>
          <a
            href={link.url}
            target="_blank"
            rel="noopener"
            className="text-sm font-semibold text-blue-800 underline underline-offset-2"
          >
            Open<span className="sr-only"> the preview (new tab)</span>
          </a>
          <span className="text-sm text-slate-700">
            Works until {formatTimeOfDay(new Date(link.expiresAt))}
          </span>
        </>
      ) : (
        <ActionMessage result={result && !result.ok ? result : null} />
      )}
    </div>
  );
}
