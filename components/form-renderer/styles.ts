/**
 * Shared Tailwind classes. Inputs are 16px text (iOS zooms into anything smaller) and at least
 * 44px tall; option rows are whole-width labels so the touch target is the row, not the dot.
 * The accent follows the event's brand when the page sets --form-accent.
 */
export const accent = "[--accent:var(--form-accent,#1d4ed8)]";

export const control =
  "block w-full min-h-11 rounded-lg border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 " +
  "placeholder:text-zinc-500 focus-visible:outline-2 focus-visible:outline-offset-2 " +
  "focus-visible:outline-(--accent) aria-invalid:border-2 aria-invalid:border-red-700";

export const labelText = "block text-base font-semibold text-zinc-900";
export const partLabelText = "block text-base font-medium text-zinc-900";
export const optionalMark = "font-normal text-zinc-600";
export const helpText = "mt-1 text-sm text-zinc-600";
export const errorText = "mt-2 text-sm font-semibold text-red-700";

export const optionRow =
  "flex min-h-11 w-full cursor-pointer items-center gap-3 rounded-lg px-2 py-2 text-base text-zinc-900 " +
  "hover:bg-zinc-100";
export const tickable =
  "size-6 shrink-0 accent-(--accent) focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--accent)";

export const fieldsetReset = "m-0 min-w-0 border-0 p-0";
export const legendText = "mb-1 p-0 text-base font-semibold text-zinc-900";
