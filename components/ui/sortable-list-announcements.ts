import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";

type Id = string | number;

/** What a screen reader hears while the pointer or keyboard moves a row: the row's own name and position. */
export function sortableAnnouncements({
  ids,
  labelOf,
}: {
  /** The rows' ids in the order shown before the drag. */
  ids: readonly Id[];
  labelOf: (id: Id) => string;
}): Announcements {
  const total = ids.length;
  const position = (id: Id) => ids.indexOf(id) + 1;
  // dnd-kit reports the row over its own place right after the pick-up; saying so would replace "Picked up …"
  // in the live region before it is read. Stay quiet until the row has left its place once.
  let moved = false;
  return {
    onDragStart: ({ active }) => {
      moved = false;
      return `Picked up ${labelOf(active.id)}, at position ${position(active.id)} of ${total}.`;
    },
    onDragOver: ({ active, over }) => {
      if (over?.id === active.id && !moved) return undefined;
      moved = true;
      return over
        ? `${labelOf(active.id)} is over position ${position(over.id)} of ${total}.`
        : `${labelOf(active.id)} is no longer over the list.`;
    },
    onDragEnd: ({ active, over }) =>
      !over || over.id === active.id
        ? `${labelOf(active.id)} dropped, still at position ${position(active.id)} of ${total}.`
        : moveAnnouncement(labelOf(active.id), position(over.id) - 1, total),
    onDragCancel: ({ active }) =>
      `Moving cancelled: ${labelOf(active.id)} stays at position ${position(active.id)} of ${total}.`,
  };
}

/** The one sentence for a finished move, by drag or by the ↑/↓ buttons. */
export function moveAnnouncement(label: string, toIndex: number, total: number): string {
  return `Moved ${label} to position ${toIndex + 1} of ${total}.`;
}

export const sortableInstructions: ScreenReaderInstructions = {
  draggable:
    "To move this row, press Space or Enter, then the up and down arrow keys; Space or Enter drops it " +
    "there, Escape cancels. With a mouse or a finger, drag the handle.",
};
