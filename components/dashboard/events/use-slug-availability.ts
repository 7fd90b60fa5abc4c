"use client";

import { useEffect, useState } from "react";
import type { SlugAvailability } from "@/lib/events/manage/check-slug";
import type { CheckSlugAction } from "./event-actions";

export type SlugCheckState =
  | { status: "idle"; message: "" }
  | { status: "checking"; message: string }
  | { status: "error"; message: string }
  | SlugAvailability;

const DEBOUNCE_MS = 300;

type Answer = { slug: string; state: SlugCheckState };

/**
 * Asks the server whether a slug is free while the organiser types: 300 ms after the last keystroke. Each
 * answer is kept with the slug it is about, so an older, slower reply never stands for a newer value: until
 * the answer for the current value arrives, the state is "checking".
 */
export function useSlugAvailability({
  orgId,
  eventId,
  slug,
  checkSlug,
  enabled = true,
}: {
  orgId: string;
  /** The route's checkSlugAvailability server action. */
  checkSlug: CheckSlugAction;
  eventId?: string;
  slug: string;
  enabled?: boolean;
}): SlugCheckState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const value = slug.trim().toLowerCase();
  const active = enabled && value !== "";

  useEffect(() => {
    if (!active) return;
    let current = true;
    const timer = setTimeout(async () => {
      let state: SlugCheckState;
      try {
        const result = await checkSlug({ orgId, slug: value, eventId });
        state = result.ok ? result.data : { status: "error", message: result.message };
      } catch {
        state = { status: "error", message: "Could not check the address now. Saving checks it again." };
      }
      if (current) setAnswer({ slug: value, state });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [orgId, eventId, value, active, checkSlug]);

  if (!active) return { status: "idle", message: "" };
  if (answer?.slug !== value) return { status: "checking", message: "Checking availability…" };
  return answer.state;
}
