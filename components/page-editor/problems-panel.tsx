"use client";

import type { Problem } from "./problems";

/**
 * What blocks publishing, listed above the editor. A problem inside a block is a button that selects that
 * block in the editor, where its field panel opens.
 */
export function ProblemsPanel({
  problems,
  onSelectBlock,
}: {
  problems: Problem[];
  onSelectBlock: (blockId: string) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <section
      aria-labelledby="page-problems-heading"
      className="rounded-xl border border-red-300 bg-red-50 p-3 text-red-950"
      data-testid="page-problems"
    >
      <h2 id="page-problems-heading" className="text-sm font-bold">
        {problems.length === 1
          ? "1 problem to fix before publishing"
          : `${problems.length} problems to fix before publishing`}
      </h2>
      <ul className="mt-1 space-y-1 text-sm">
        {problems.map((p) => (
          <li key={p.key}>
            {p.blockId ? (
              <button
                type="button"
                className="min-h-8 text-left font-semibold underline underline-offset-2"
                onClick={() => onSelectBlock(p.blockId!)}
              >
                {p.where}: {p.message}
              </button>
            ) : (
              <span>
                <span className="font-semibold">{p.where}:</span> {p.message}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
