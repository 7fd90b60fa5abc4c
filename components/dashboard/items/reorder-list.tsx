"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { SortableList } from "@/components/ui/sortable-list";
import { moveAnnouncement } from "@/components/ui/sortable-list-announcements";
import type { ActionResult } from "@/lib/validation/action-result";
import { useAction } from "@/components/dashboard/use-action-form";

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return list;
  next.splice(to, 0, moved);
  return next;
}

const moveButton =
  "min-h-11 min-w-11 rounded-lg border border-slate-300 bg-white font-bold text-slate-800 hover:bg-slate-50 disabled:opacity-40";

/**
 * A list whose order the organiser sets by dragging a row's handle (mouse, touch or keyboard, see
 * SortableList) or with its "Move up"/"Move down" buttons. The complete ordered id list, exactly as shown, is
 * saved at once; if saving fails (a stale page, for instance) the error is shown and the rows go back to the
 * order they had before the move.
 */
export function ReorderList<T extends { id: string }>({
  items,
  labelOf,
  noun,
  save,
  canReorder,
  renderItem,
  className,
}: {
  items: T[];
  labelOf: (item: T) => string;
  /** "item" or "variant", for the test ids and the list's id. */
  noun: string;
  save: (ids: string[]) => Promise<ActionResult<unknown>>;
  canReorder: boolean;
  renderItem: (item: T, handle: ReactNode) => ReactNode;
  className?: string;
}) {
  const [order, setOrder] = useState(items);
  const [announcement, setAnnouncement] = useState("");
  const { run, pending, result } = useAction(save);
  const focusAfterMove = useRef<string | null>(null);

  // The server's list wins whenever it changes (after saving, adding or archiving).
  const [source, setSource] = useState(items);
  if (source !== items) {
    setSource(items);
    setOrder(items);
  }

  useEffect(() => {
    if (!focusAfterMove.current) return;
    document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  });

  const commit = async (from: number, to: number, announce: boolean) => {
    const before = order;
    const moved = before[from];
    if (!moved || to < 0 || to >= before.length || from === to) return;
    const next = moveItem(before, from, to);
    setOrder(next);
    // A drag is announced by the list itself; the buttons' moves are announced here.
    if (announce) setAnnouncement(moveAnnouncement(labelOf(moved), to, next.length));
    const outcome = await run(next.map((i) => i.id));
    if (!outcome.ok) {
      setOrder(before);
      setAnnouncement(`Not saved: ${outcome.message} ${labelOf(moved)} is back at position ${from + 1}.`);
    }
  };

  const move = (index: number, by: -1 | 1, buttonId: string, otherButtonId: string) => {
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    // Keep the keyboard where it was: on the same button of the moved row, or the other one at an edge.
    const atEdge = to === 0 || to === order.length - 1;
    focusAfterMove.current = atEdge ? otherButtonId : buttonId;
    void commit(index, to, true);
  };

  return (
    <div className={className}>
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ActionMessage result={result && !result.ok ? result : null} className="mb-3" />
      <SortableList
        id={`reorder-${noun}s`}
        items={order}
        keyOf={(item) => item.id}
        labelOf={labelOf}
        canReorder={canReorder}
        busy={pending}
        onMove={(from, to) => void commit(from, to, false)}
        className="space-y-4"
        rowTestId={`${noun}-row`}
        renderItem={(item, { index, handle: dragHandle }) => {
          const label = labelOf(item);
          const upId = `move-${item.id}-up`;
          const downId = `move-${item.id}-down`;
          const handle = canReorder ? (
            <div className="flex items-center gap-1" role="group" aria-label={`Position of ${label}`}>
              {dragHandle}
              <button
                id={upId}
                type="button"
                onClick={() => move(index, -1, upId, downId)}
                disabled={index === 0 || pending}
                aria-label={`Move ${label} up`}
                className={moveButton}
              >
                ↑
              </button>
              <button
                id={downId}
                type="button"
                onClick={() => move(index, 1, downId, upId)}
                disabled={index === order.length - 1 || pending}
                aria-label={`Move ${label} down`}
                className={moveButton}
              >
                ↓
              </button>
            </div>
          ) : null;
          return renderItem(item, handle);
        }}
      />
    </div>
  );
}
