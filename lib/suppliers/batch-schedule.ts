import { utcToZonedLocal } from "@/lib/format/wall-clock";

/**
 * When a batch supplier's list is due (PRODUCT "Suppliers"): once the event's ordering has closed (by its
 * window or by hand), or every day at a local time in the event's zone. Pure; the sweep asks it for each
 * supplier and event with lines waiting, and the answer's key makes the run idempotent.
 */
export type BatchScheduleInput = {
  schedule: "window_close" | "daily" | "manual";
  dailyAt: string | null;
  timeZone: string;
  orderingClosesAt: Date | null;
  eventStatus: string;
  now: Date;
};

export type BatchDue =
  { due: false } | { due: true; trigger: "window_close" | "daily"; keyPart: string | null };

export function batchDue(input: BatchScheduleInput): BatchDue {
  if (input.schedule === "window_close") {
    const closed =
      input.eventStatus === "closed" ||
      input.eventStatus === "archived" ||
      (input.orderingClosesAt !== null && input.orderingClosesAt.getTime() <= input.now.getTime());
    // No fixed key: orders confirmed after the close go out in a follow-up batch (the lines' own key).
    return closed ? { due: true, trigger: "window_close", keyPart: null } : { due: false };
  }
  if (input.schedule === "daily" && input.dailyAt) {
    const local = utcToZonedLocal(input.now, input.timeZone); // "2026-06-01T18:05"
    const [date, time] = local.split("T") as [string, string];
    // One daily list per local date, from the set time on: a second run that day is a no-op by its key.
    return time >= input.dailyAt ? { due: true, trigger: "daily", keyPart: date } : { due: false };
  }
  return { due: false };
}
