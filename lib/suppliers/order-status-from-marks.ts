/**
 * What a supplier's mark does to the whole order (ADR 033). Pure: the caller reads the order's lines and their
 * marks under the order row's lock and asks here.
 *
 * - A line nobody supplies is the organisers' to hand over: while the order holds one, marks never move the
 *   order (the organisers move it by hand, as before line marks).
 * - A line a supplier handles (dispatched to it, or its item assigned to it but not dispatched yet) must be
 *   marked before the order moves.
 * - All shipped → shipped; all ready for pickup → ready_for_pickup. Mixed marks (part on its way, part to
 *   collect) have no honest single status: the order waits for the organisers, who see each supplier's marks.
 */
export type LineMark = "shipped" | "ready_for_pickup";

export type LineForDecision = { handledBy: "supplier"; mark: LineMark | null } | { handledBy: "organisers" };

export type MarksDecision =
  { move: true; to: LineMark } | { move: false; reason: "unmarked" | "organisers" | "mixed" | "empty" };

export function orderStatusFromMarks(lines: readonly LineForDecision[]): MarksDecision {
  if (lines.length === 0) return { move: false, reason: "empty" };
  if (lines.some((l) => l.handledBy === "organisers")) return { move: false, reason: "organisers" };
  const marks = lines.map((l) => (l.handledBy === "supplier" ? l.mark : null));
  if (marks.some((m) => m === null)) return { move: false, reason: "unmarked" };
  const distinct = new Set(marks);
  if (distinct.size > 1) return { move: false, reason: "mixed" };
  return { move: true, to: marks[0]! };
}
