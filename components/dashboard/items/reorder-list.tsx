"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { cx } from "@/components/ui/cx";
import type { ActionResult } from "@/lib/validation/action-result";
import { useAction } from "@/components/dashboard/use-action-form";

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return list;
  next.splice(to, 0, moved);
  return next;
}

/**
 * A list whose order the organiser sets by dragging a row or with its "Move up"/"Move down" buttons (keyboard
 * and touch). The new position is announced in a live region; the complete ordered id list is saved at once
 * and the list returns to the server's order if saving fails (a stale page, for instance).
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
  /** "item" or "variant", for the announcements. */
  noun: string;
  save: (ids: string[]) => Promise<ActionResult<unknown>>;
  canReorder: boolean;
  renderItem: (item: T, handle: ReactNode) => ReactNode;
  className?: string;
}) {
  const [order, setOrder] = useState(items);
  const [announcement, setAnnouncement] = useState("");
  const [dragging, setDragging] = useState<string | null>(null);
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

  const commit = async (next: T[], movedId: string) => {
    const position = next.findIndex((i) => i.id === movedId);
    const moved = next[position];
    setOrder(next);
    if (moved) {
      setAnnouncement(`${labelOf(moved)} moved to position ${position + 1} of ${next.length}.`);
    }
    const outcome = await run(next.map((i) => i.id));
    if (!outcome.ok) {
      setOrder(items);
      setAnnouncement(`Not saved: ${outcome.message}`);
    }
  };

  const move = (index: number, by: -1 | 1, buttonId: string, otherButtonId: string) => {
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    // Keep the keyboard where it was: on the same button of the moved row, or the other one at an edge.
    const atEdge = to === 0 || to === order.length - 1;
    focusAfterMove.current = atEdge ? otherButtonId : buttonId;
    void commit(moveItem(order, index, to), order[index]!.id);
  };

  return (
    <div className={className}>
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ActionMessage result={result && !result.ok ? result : null} className="mb-3" />
      <ol className="space-y-4" aria-busy={pending || undefined}>
        {order.map((item, index) => {
          const label = labelOf(item);
          const upId = `move-${item.id}-up`;
          const downId = `move-${item.id}-down`;
          const handle = canReorder ? (
            <div className="flex items-center gap-1" role="group" aria-label={`Position of ${label}`}>
              <span
                aria-hidden="true"
                title="Drag to reorder"
                draggable={!pending}
                onDragStart={(e) => {
                  // Only the handle drags (inputs inside a draggable row cannot be edited in some browsers);
                  // the whole row is shown as the drag image.
                  const row = e.currentTarget.closest("li");
                  if (row) e.dataTransfer.setDragImage(row, 24, 24);
                  e.dataTransfer.effectAllowed = "move";
                  e.dataTransfer.setData("text/plain", item.id);
                  setDragging(item.id);
                }}
                onDragEnd={() => setDragging(null)}
                className="flex min-h-11 cursor-grab select-none items-center px-2 text-2xl leading-none text-slate-500 active:cursor-grabbing"
              >
                ⠿
              </span>
              <button
                id={upId}
                type="button"
                onClick={() => move(index, -1, upId, downId)}
                disabled={index === 0 || pending}
                aria-label={`Move ${label} up`}
                className="min-h-11 min-w-11 rounded-lg border border-slate-300 bg-white font-bold text-slate-800 hover:bg-slate-50 disabled:opacity-40"
              >
                ↑
              </button>
              <button
                id={downId}
                type="button"
                onClick={() => move(index, 1, downId, upId)}
                disabled={index === order.length - 1 || pending}
                aria-label={`Move ${label} down`}
                className="min-h-11 min-w-11 rounded-lg border border-slate-300 bg-white font-bold text-slate-800 hover:bg-slate-50 disabled:opacity-40"
              >
                ↓
              </button>
            </div>
          ) : null;
          return (
            <li
              key={item.id}
              onDragOver={(e) => {
                if (dragging && dragging !== item.id) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                const from = order.findIndex((i) => i.id === dragging);
                setDragging(null);
                if (from < 0 || from === index) return;
                void commit(moveItem(order, from, index), order[from]!.id);
              }}
              className={cx(dragging === item.id && "opacity-50")}
              data-testid={`${noun}-row`}
            >
              {renderItem(item, handle)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
