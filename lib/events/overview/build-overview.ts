import { formatAmount } from "@/lib/format/money";
import { dayIn, type Day } from "./days";
import type { OverviewData, OverviewEvent } from "./queries";
import { buildDailySeries, chartRange, type DailySeries } from "./series";
import { buildSizeDistribution, buildStockTable, type SizeShare, type StockTableItem } from "./stock";

export type EventOverview = {
  event: Pick<OverviewEvent, "id" | "slug" | "name" | "status" | "timeZone" | "currency">;
  today: Day;
  numbers: {
    orders: number;
    cancelled: number;
    unitsOrdered: number;
    unitsLeft: number;
    revenueMinor: number;
    revenue: string;
    ordersToday: number;
  };
  /** Null when there is no range yet: no orders and ordering not open. */
  series: DailySeries | null;
  stock: StockTableItem[];
  sizes: SizeShare[];
};

/** Pure: turns the aggregates into what the page draws. `now` decides "today" in the event's zone. */
export function buildOverview(data: OverviewData, now: Date): EventOverview {
  const { event, totals, perDay } = data;
  const today = dayIn(now, event.timeZone);
  const range = chartRange({
    today,
    firstOrderDay: perDay[0]?.day ?? null,
    lastOrderDay: perDay[perDay.length - 1]?.day ?? null,
    orderingOpensAt: event.orderingOpensAt,
    orderingClosesAt: event.orderingClosesAt,
    timeZone: event.timeZone,
  });
  const stock = buildStockTable(data.variants);
  return {
    event: {
      id: event.id,
      slug: event.slug,
      name: event.name,
      status: event.status,
      timeZone: event.timeZone,
      currency: event.currency,
    },
    today,
    numbers: {
      orders: totals.orders,
      cancelled: totals.cancelled,
      unitsOrdered: data.variants.reduce((sum, v) => sum + v.ordered, 0),
      unitsLeft: data.variants.filter((v) => !v.itemArchived).reduce((sum, v) => sum + v.left, 0),
      revenueMinor: totals.revenueMinor,
      revenue: formatAmount(totals.revenueMinor, event.currency),
      ordersToday: perDay.find((d) => d.day === today)?.count ?? 0,
    },
    series: range ? buildDailySeries({ counts: perDay, ...range }) : null,
    stock,
    sizes: buildSizeDistribution(data.variants),
  };
}
