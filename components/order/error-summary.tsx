"use client";

import { focusControl, type ErrorEntry } from "./error-list";

/**
 * The problems with the order, at the top of the form: role="alert" so it is announced when it appears, and
 * focusable (tabIndex -1) for when no single field is to blame. Each entry jumps to its field.
 */
export const ERROR_SUMMARY_ID = "order-error-summary";

export function ErrorSummary({
  intro,
  entries,
  general,
}: {
  intro: string | null;
  entries: ErrorEntry[];
  general: string[];
}) {
  return (
    <div
      id={ERROR_SUMMARY_ID}
      role="alert"
      tabIndex={-1}
      aria-labelledby="order-error-summary-title"
      data-testid="order-error-summary"
      className="rounded-xl border-2 border-red-700 bg-red-50 px-4 py-3 text-red-950 focus:outline-3 focus:outline-offset-2 focus:outline-red-700"
    >
      <h2 id="order-error-summary-title" className="text-lg font-bold">
        There is a problem with your order
      </h2>
      {intro ? <p className="mt-1">{intro}</p> : null}
      {general.length > 0 || entries.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {general.map((message) => (
            <li key={`general-${message}`}>{message}</li>
          ))}
          {entries.map((entry) => (
            <li key={`${entry.path}-${entry.message}`}>
              <a
                href={`#${entry.domId}`}
                onClick={(event) => {
                  if (focusControl(entry.domId)) event.preventDefault();
                }}
                className="font-semibold underline underline-offset-2"
              >
                {entry.label}: {entry.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
