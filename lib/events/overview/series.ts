import { addDays, daysBetween, dayIn, maxDay, minDay, type Day } from "./days";

export type DayCount = { day: Day; count: number };

export type DailySeries = {
  /** One entry per calendar day in the shown range, zero days included, oldest first. */
  days: (DayCount & { cumulative: number })[];
  /** Orders on days before the shown range when the range was capped (null when nothing was cut). */
  earlier: { orders: number; days: number; until: Day } | null;
  total: number;
  peak: DayCount | null;
};

const MAX_CHART_DAYS = 90;

/**
 * The chart's range: from the first order or the opening of ordering (whichever is earlier) to today, or to
 * the close of ordering when that has passed (but never before the last order). Null when there is nothing
 * to draw: no orders and ordering not open yet.
 */
export function chartRange(input: {
  today: Day;
  firstOrderDay: Day | null;
  lastOrderDay: Day | null;
  orderingOpensAt: Date | null;
  orderingClosesAt: Date | null;
  timeZone: string;
}): { from: Day; to: Day } | null {
  const { today, firstOrderDay, lastOrderDay, timeZone } = input;
  const opensDay = input.orderingOpensAt ? dayIn(input.orderingOpensAt, timeZone) : null;
  const closesDay = input.orderingClosesAt ? dayIn(input.orderingClosesAt, timeZone) : null;
  const openedDay = opensDay && opensDay <= today ? opensDay : null;

  let from: Day | null = null;
  if (firstOrderDay && openedDay) from = minDay(firstOrderDay, openedDay);
  else from = firstOrderDay ?? openedDay;
  if (!from) return null;

  let to = closesDay && closesDay < today ? closesDay : today;
  if (lastOrderDay) to = maxDay(to, lastOrderDay);
  if (to < from) to = from;
  return { from, to };
}

/**
 * Fills the days without orders with zeros and keeps at most `maxDays` days (the most recent ones); what
 * falls before them is summed into `earlier` so the page can say so instead of silently dropping it.
 * `counts` are per-day totals from SQL, in any order; days outside the range are counted as earlier/ignored.
 */
export function buildDailySeries(input: {
  counts: DayCount[];
  from: Day;
  to: Day;
  maxDays?: number;
}): DailySeries {
  const maxDays = input.maxDays ?? MAX_CHART_DAYS;
  const span = daysBetween(input.from, input.to) + 1;
  const shownFrom = span > maxDays ? addDays(input.to, -(maxDays - 1)) : input.from;

  const byDay = new Map<Day, number>();
  let earlierOrders = 0;
  let total = 0;
  for (const { day, count } of input.counts) {
    if (day > input.to) continue;
    total += count;
    if (day < shownFrom) earlierOrders += count;
    else byDay.set(day, (byDay.get(day) ?? 0) + count);
  }

  const days: DailySeries["days"] = [];
  let cumulative = earlierOrders;
  let peak: DayCount | null = null;
  for (let day = shownFrom; day <= input.to; day = addDays(day, 1)) {
    const count = byDay.get(day) ?? 0;
    cumulative += count;
    days.push({ day, count, cumulative });
    if (count > 0 && (!peak || count > peak.count)) peak = { day, count };
  }

  const cut = shownFrom > input.from;
  return {
    days,
    earlier: cut
      ? { orders: earlierOrders, days: daysBetween(input.from, shownFrom), until: addDays(shownFrom, -1) }
      : null,
    total,
    peak,
  };
}

/**
 * A round upper bound for the y axis and its gridline step (1, 2, 2.5, 5 × 10^n, whole numbers only): the
 * smallest step that needs at most `targetTicks + 1` gridlines, so ticks read naturally and never crowd.
 */
export function niceScale(max: number, targetTicks = 4): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(max / targetTicks)));
  const candidates = [1, 2, 2.5, 5, 10, 20]
    .map((m) => m * magnitude)
    .filter((step) => Number.isInteger(step));
  const step =
    candidates.find((s) => Math.ceil(max / s) <= targetTicks + 1) ?? candidates[candidates.length - 1]!;
  return { max: Math.ceil(max / step) * step, step };
}
