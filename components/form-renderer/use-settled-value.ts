"use client";

import { useState, useSyncExternalStore } from "react";

/**
 * Holds a value back while a tap or click is in progress, so a message that appears or disappears on blur
 * cannot move what the finger is about to land on.
 *
 * Leaving a field by tapping the next one blurs the field on the way down (mouse) or just before the
 * synthesised click (touch); its error message then appears, pushes the page down, and the click lands on
 * whatever is now under the finger. Between a pointerdown and the click that ends it (or a cancel, or a
 * moment after a pointerup with no click, such as a drag) messages stay as they were; they change right
 * after, when the tapped control has already received its click.
 */

const RELEASE_AFTER_POINTERUP_MS = 400;

let gestureInProgress = false;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function setGesture(value: boolean): void {
  if (gestureInProgress === value) return;
  gestureInProgress = value;
  for (const listener of listeners) listener();
}

function onPointerDown(): void {
  clearTimeout(releaseTimer);
  setGesture(true);
}

/** After the click's own handlers have run: the next task. */
function releaseSoon(delay = 0): void {
  clearTimeout(releaseTimer);
  releaseTimer = setTimeout(() => setGesture(false), delay);
}

const onClickOrCancel = () => releaseSoon();
const onPointerUp = () => releaseSoon(RELEASE_AFTER_POINTERUP_MS);
const documentListeners = [
  ["pointerdown", onPointerDown],
  ["pointerup", onPointerUp],
  ["pointercancel", onClickOrCancel],
  ["click", onClickOrCancel],
] as const;

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    for (const [type, handler] of documentListeners) document.addEventListener(type, handler, true);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    for (const [type, handler] of documentListeners) document.removeEventListener(type, handler, true);
    clearTimeout(releaseTimer);
    gestureInProgress = false;
  };
}

const isGestureInProgress = () => gestureInProgress;
const notDuringServerRender = () => false;

/** `value`, except that during a tap it stays what it was when the tap began. */
export function useSettledValue<T>(value: T): T {
  const holding = useSyncExternalStore(subscribe, isGestureInProgress, notDuringServerRender);
  const [settled, setSettled] = useState(value);
  // Adjusting state while rendering (React's documented pattern for following a prop) avoids an extra
  // committed frame showing the stale value.
  if (!holding && !Object.is(settled, value)) setSettled(value);
  return holding ? settled : value;
}
