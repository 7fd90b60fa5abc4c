import { formatDay } from "@/lib/events/overview/days";
import { niceScale, type DailySeries } from "@/lib/events/overview/series";

const WIDTH = 720;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 40 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const MAX_X_LABELS = 7;

const integer = new Intl.NumberFormat("en");

function plural(n: number, one: string, many = `${one}s`): string {
  return `${integer.format(n)} ${n === 1 ? one : many}`;
}

/** What the chart shows, in one sentence: the accessible name of the drawing. */
export function chartSummary(series: DailySeries): string {
  const first = series.days[0];
  const last = series.days[series.days.length - 1];
  if (!first || !last) return "No days to show.";
  const shown = series.days.reduce((sum, d) => sum + d.count, 0);
  const range =
    first.day === last.day
      ? `on ${formatDay(first.day, { year: true })}`
      : `from ${formatDay(first.day)} to ${formatDay(last.day, { year: true })}`;
  const peak = series.peak
    ? `, most on ${formatDay(series.peak.day)} (${integer.format(series.peak.count)})`
    : "";
  return `Bar chart of orders per day ${range}: ${plural(shown, "order")} over ${plural(series.days.length, "day")}${peak}.`;
}

/**
 * Orders per day as a server-rendered SVG bar chart: no chart library and no client JavaScript. The drawing
 * is one image to assistive technology (role="img" with a summary); the numbers themselves are in the table
 * below it, which anyone can open.
 */
export function OrdersChart({ series, timeZone }: { series: DailySeries; timeZone: string }) {
  const n = series.days.length;
  const scale = niceScale(Math.max(0, ...series.days.map((d) => d.count)));
  const slot = PLOT_W / Math.max(n, 1);
  const barWidth = Math.max(1, Math.min(28, slot * 0.72));
  const y = (value: number) => MARGIN.top + PLOT_H - (value / scale.max) * PLOT_H;
  const ticks: number[] = [];
  for (let t = 0; t <= scale.max; t += scale.step) ticks.push(t);
  const labelEvery = Math.max(1, Math.ceil(n / MAX_X_LABELS));
  const summary = chartSummary(series);

  return (
    <figure aria-labelledby="orders-chart-caption" className="space-y-3">
      <figcaption id="orders-chart-caption" className="text-sm text-slate-600">
        Orders per day (cancelled orders excluded), by day in the event&apos;s time zone ({timeZone}).
        {series.earlier ? (
          <>
            {" "}
            Showing the last {plural(n, "day")}; {plural(series.earlier.orders, "order")} came in the{" "}
            {plural(series.earlier.days, "day")} up to {formatDay(series.earlier.until, { year: true })}.
          </>
        ) : null}
      </figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full overflow-visible"
        data-testid="orders-chart"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(t)}
              y2={y(t)}
              className={t === 0 ? "stroke-slate-400" : "stroke-slate-200"}
              strokeWidth={1}
            />
            <text
              x={MARGIN.left - 6}
              y={y(t)}
              dy="0.32em"
              textAnchor="end"
              className="fill-slate-600 text-[11px] tabular-nums"
            >
              {integer.format(t)}
            </text>
          </g>
        ))}
        {series.days.map((d, i) => {
          const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
          const top = y(d.count);
          const showLabel = i % labelEvery === 0 || i === n - 1;
          // Skip a label that would collide with the last one.
          const crowded = i !== n - 1 && i % labelEvery === 0 && n - 1 - i < labelEvery / 2;
          return (
            <g key={d.day}>
              {d.count > 0 ? (
                <rect
                  x={x}
                  y={top}
                  width={barWidth}
                  height={MARGIN.top + PLOT_H - top}
                  rx={Math.min(2, barWidth / 4)}
                  className="fill-blue-600"
                >
                  <title>{`${formatDay(d.day, { weekday: true })}: ${plural(d.count, "order")}`}</title>
                </rect>
              ) : null}
              {showLabel && !crowded ? (
                <text
                  x={MARGIN.left + i * slot + slot / 2}
                  y={HEIGHT - 8}
                  textAnchor={n === 1 ? "middle" : i === 0 ? "start" : i === n - 1 ? "end" : "middle"}
                  className="fill-slate-600 text-[11px]"
                >
                  {formatDay(d.day)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details className="rounded-lg border border-slate-200 text-sm">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold text-blue-800 hover:bg-slate-50">
          Show the numbers as a table
        </summary>
        <div className="max-h-80 overflow-y-auto px-3 pb-3">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">Orders per day</caption>
            <thead className="sticky top-0 bg-white">
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Day
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">
                  Orders
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  Running total
                </th>
              </tr>
            </thead>
            <tbody>
              {series.days.map((d) => (
                <tr key={d.day} className="border-b border-slate-100">
                  <th scope="row" className="py-1.5 pr-4 font-normal">
                    {formatDay(d.day, { weekday: true, year: true })}
                  </th>
                  <td className="py-1.5 pr-4 text-right">{integer.format(d.count)}</td>
                  <td className="py-1.5 text-right">{integer.format(d.cumulative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
