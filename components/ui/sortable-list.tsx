"use client";

import { useId, type ReactNode } from "react";
import {
  DndContext,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { cn } from "@/components/ui/cn";
import { ImmediateKeyboardSensor } from "@/components/ui/immediate-keyboard-sensor";

type Props<T> = {
  items: readonly T[];
  getId: (item: T) => string;
  /** The item's name for people: the drag handle's label and what a screen reader hears while moving it. */
  getLabel: (item: T) => string;
  /** Called with every id in the new order after a drop that moved something. */
  onReorder: (ids: string[]) => void;
  renderItem: (item: T) => ReactNode;
  /** Names the list (aria-label). */
  label: string;
  disabled?: boolean;
};

const INSTRUCTIONS =
  "To move an item, focus its handle and press Space or Enter to pick it up. Use the up and down arrow keys to move it, " +
  "Space or Enter to drop it, or Escape to put it back.";

/**
 * A vertical list reordered by dragging a handle (pointer or touch) or from
 * the keyboard (dnd-kit's KeyboardSensor, listening from the pick-up on, with
 * sortable coordinates), with spoken announcements of each step. Shared by the content editor and the
 * teams path editor; it only reports the new order (`onReorder`), the caller saves it.
 */
export function SortableList<T>({ items, getId, getLabel, onReorder, renderItem, label, disabled }: Props<T>) {
  const id = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(ImmediateKeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map(getId);
  const nameOf = (itemId: UniqueIdentifier) => {
    const item = items.find((candidate) => getId(candidate) === itemId);
    return item ? getLabel(item) : "the item";
  };
  const positionOf = (itemId: UniqueIdentifier | undefined) => `position ${ids.indexOf(String(itemId)) + 1} of ${ids.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, at ${positionOf(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is now at ${positionOf(over.id)}.` : `${nameOf(active.id)} is outside the list.`),
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dropped at ${positionOf(over.id)}.` : `${nameOf(active.id)} put back.`),
    onDragCancel: ({ active }) => `Moving cancelled. ${nameOf(active.id)} is back at ${positionOf(active.id)}.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  }

  return (
    <DndContext id={id} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
        <ul aria-label={label} className="flex flex-col gap-2">
          {items.map((item) => (
            <SortableRow key={getId(item)} id={getId(item)} label={getLabel(item)} disabled={disabled}>
              {renderItem(item)}
            </SortableRow>
          ))}
        </ul>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ id, label, disabled, children }: { id: string; label: string; disabled?: boolean; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn(
        "flex items-start gap-2 rounded-md border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900",
        isDragging && "relative z-10 shadow-lg ring-2 ring-indigo-500",
      )}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Move ${label}`}
        disabled={disabled}
        className="flex min-h-10 min-w-10 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 active:cursor-grabbing disabled:cursor-not-allowed dark:text-slate-300 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          <circle cx="7" cy="5" r="1.5" /><circle cx="13" cy="5" r="1.5" />
          <circle cx="7" cy="10" r="1.5" /><circle cx="13" cy="10" r="1.5" />
          <circle cx="7" cy="15" r="1.5" /><circle cx="13" cy="15" r="1.5" />
        </svg>
      </button>
      <div className="min-w-0 flex-1">{children}</div>
    </li>
  );
}
