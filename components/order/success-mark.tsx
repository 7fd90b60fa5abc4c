/**
 * A check mark in a green circle, for a page whose heading announces a success. Decorative (aria-hidden):
 * the heading says it in words, and a screen reader reading "image" first would only delay that. Green, not
 * the brand colour: an event's colour may be red or amber, which reads as a problem. White on green-700 is
 * 5:1, and the circle's edge against white is 5:1 too, so it is visible to low-vision readers as well.
 */
export function SuccessMark() {
  return (
    <span
      aria-hidden="true"
      data-testid="success-mark"
      className="flex size-16 shrink-0 items-center justify-center rounded-full bg-green-700 text-white shadow-sm"
    >
      <svg viewBox="0 0 24 24" fill="none" className="size-9" focusable="false">
        <path
          d="M5 12.5l4.5 4.5L19 7.5"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
