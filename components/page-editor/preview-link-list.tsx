"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { formatDateTime } from "@/lib/format/date-time";
import type { ActionResult } from "@/lib/validation/action-result";
import type { PageIds, PreviewLinkSummary, RevokePagePreviewLink } from "./types";

/**
 * The event's preview links that still open the draft, with when each stops working and a Revoke button
 * (ADR 031). The list comes from the server (the actions revalidate the page), so it is what the database holds.
 */
export function PreviewLinkList({
  ids,
  links,
  timeZone,
  revoke,
}: {
  ids: PageIds;
  links: PreviewLinkSummary[];
  timeZone: string;
  revoke?: RevokePagePreviewLink;
}) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  return (
    <section aria-labelledby="preview-links-heading" className="space-y-2">
      <h3 id="preview-links-heading" className="text-base font-semibold text-slate-900">
        Active preview links
      </h3>
      {links.length === 0 ? (
        <p className="text-sm text-slate-700">No preview link is active. “Preview link” makes one.</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200"
          data-testid="preview-links"
        >
          {links.map((link) => {
            const made = formatDateTime(new Date(link.createdAt), timeZone);
            const until = formatDateTime(new Date(link.expiresAt), timeZone);
            return (
              <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span className="text-sm text-slate-800">
                  Made {made}
                  {link.createdByName ? ` by ${link.createdByName}` : ""} · works until {until}
                </span>
                {revoke ? (
                  <ConfirmButton
                    label={
                      <>
                        Revoke<span className="sr-only"> the link made {made}</span>
                      </>
                    }
                    title="Revoke this preview link?"
                    body="Anyone who opens it from now on sees “not found”. Other preview links keep working."
                    confirmLabel="Revoke link"
                    pending={pendingId === link.id}
                    onConfirm={async () => {
                      setPendingId(link.id);
                      try {
                        setResult(await revoke({ ...ids, linkId: link.id }));
                      } catch {
                        setResult({
                          ok: false,
                          code: "unavailable",
                          message: "The server could not be reached. Nothing was changed: try again.",
                          fieldErrors: {},
                        });
                      } finally {
                        setPendingId(null);
                      }
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <ActionMessage result={result} />
    </section>
  );
}
