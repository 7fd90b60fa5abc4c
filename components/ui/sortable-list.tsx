"use client";

import {
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useMemo, type ReactNode } from "react";
import { cx } from "./cx";
import { sortableAnnouncements, sortableInstructions } from "./sortable-list-announcements";

export interface SortableRow {
  index: number;
  /** The drag handle, or null when the list cannot be reordered: the caller places it in the row. */
  handle: ReactNode;
  dragging: boolean;
}

// The rows only move up and down; a sideways wobble of the finger should not drag the row across the page.
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * A list the user reorders by dragging a row's handle with a mouse, a pen or a finger, or from the keyboard
 * (focus the handle, Space, arrow keys, Space), with every step announced by the row's name. The list shows
 * `items` as given: on a drop it calls `onMove(from, to)` and the caller decides the new order (and saves it),
 * so what is saved is what is shown. Dashboard only: attendee pages never import it (ADR 019).
 */
export function SortableList<T>({
  id,
  items,
  keyOf,
  labelOf,
  canReorder,
  busy = false,
  onMove,
  renderItem,
  className,
  rowClassName,
  label,
  testId,
  rowTestId,
}: {
  /** Stable per list on the page: dnd-kit's ids for the instructions come from it (server and browser agree). */
  id: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  labelOf: (item: T) => string;
  canReorder: boolean;
  /** While a save is under way the handles stay focusable but do not start a drag. */
  busy?: boolean;
  onMove: (from: number, to: number) => void;
  renderItem: (item: T, row: SortableRow) => ReactNode;
  className?: string;
  rowClassName?: (item: T, row: { index: number; dragging: boolean }) => string | undefined;
  label?: string;
  testId?: string;
  rowTestId?: string;
}) {
  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a click or tap on the handle is not a drag.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = useMemo(() => items.map(keyOf), [items, keyOf]);
  const announcements = useMemo(() => {
    const labels = new Map(items.map((item) => [keyOf(item), labelOf(item)]));
    return sortableAnnouncements({ ids: keys, labelOf: (key) => labels.get(String(key)) ?? String(key) });
  }, [items, keys, keyOf, labelOf]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = keys.indexOf(String(active.id));
    const to = keys.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onMove(from, to);
  };

  return (
    <DndContext
      id={`${id}-instructions`}
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      accessibility={{ announcements, screenReaderInstructions: sortableInstructions }}
      onDragEnd={onDragEnd}
    >
      <SortableContext items={keys} strategy={verticalListSortingStrategy} disabled={!canReorder || busy}>
        <ol className={className} aria-label={label} aria-busy={busy || undefined} data-testid={testId}>
          {items.map((item, index) => (
            <Row
              key={keys[index]}
              id={keys[index]!}
              label={labelOf(item)}
              canReorder={canReorder}
              className={(dragging) => rowClassName?.(item, { index, dragging })}
              testId={rowTestId}
              render={(handle, dragging) => renderItem(item, { index, handle, dragging })}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function Row({
  id,
  label,
  canReorder,
  className,
  testId,
  render,
}: {
  id: string;
  label: string;
  canReorder: boolean;
  className: (dragging: boolean) => string | undefined;
  testId?: string;
  render: (handle: ReactNode, dragging: boolean) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  const handle = canReorder ? (
    <button
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={`Reorder ${label}`}
      title="Drag to reorder, or press Space then the arrow keys"
      data-testid="drag-handle"
      // touch-none: a finger on the handle drags the row instead of scrolling the page.
      className="flex min-h-11 min-w-11 shrink-0 cursor-grab touch-none select-none items-center justify-center rounded-lg text-2xl leading-none text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 active:cursor-grabbing aria-disabled:cursor-wait aria-pressed:bg-slate-200"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  ) : null;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cx(isDragging && "relative z-10 shadow-lg", className(isDragging))}
      data-testid={testId}
      data-dragging={isDragging || undefined}
    >
      {render(handle, isDragging)}
    </li>
  );
}
