import type { OrderingWindow } from "@/lib/events/window";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/** "3 days", "5 hours", "12 minutes": the largest whole unit, rounded down (never promise more time than there is). */
export function durationInWords(ms: number): string {
  const unit = ms >= 2 * DAY ? ["day", DAY] : ms >= 2 * HOUR ? ["hour", HOUR] : ["minute", MINUTE];
  const count = Math.max(1, Math.floor(ms / (unit[1] as number)));
  return `${count} ${unit[0]}${count === 1 ? "" : "s"}`;
}

/** The countdown block's sentence for the ordering window at `now`. */
export function countdownText(ordering: OrderingWindow, now: Date): string {
  switch (ordering.state) {
    case "not_yet_open":
      return `Ordering opens in ${durationInWords(ordering.opensAt.getTime() - now.getTime())}`;
    case "open":
      return ordering.closesAt
        ? `Ordering closes in ${durationInWords(ordering.closesAt.getTime() - now.getTime())}`
        : "Ordering is open";
    case "closed":
      return "Ordering has closed";
  }
}
