import type { StockLevel } from "@/lib/events/overview/stock";

/** Text, not colour alone, carries the level. */
export function StockBadge({ level }: { level: StockLevel }) {
  if (level === "ok") return null;
  return level === "sold_out" ? (
    <span className="inline-flex rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
      Sold out
    </span>
  ) : (
    <span className="inline-flex rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">
      Low
    </span>
  );
}
