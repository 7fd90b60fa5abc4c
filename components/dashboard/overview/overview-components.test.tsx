import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildDailySeries } from "@/lib/events/overview/series";
import { buildStockTable } from "@/lib/events/overview/stock";
import { OrdersChart, chartSummary } from "./orders-chart";
import { SizeDistribution } from "./size-distribution";
import { StockTable } from "./stock-table";

const series = buildDailySeries({
  counts: [
    { day: "2025-01-02", count: 7 },
    { day: "2025-03-29", count: 2 },
    { day: "2025-04-02", count: 5 },
  ],
  from: "2025-01-01",
  to: "2025-04-02",
});

describe("OrdersChart", () => {
  const html = renderToStaticMarkup(<OrdersChart series={series} timeZone="Europe/Amsterdam" />);

  it("is a figure with a caption, an SVG image with a summary, and the data as a table", () => {
    expect(html).toMatch(/^<figure aria-labelledby="orders-chart-caption"/);
    expect(html).toContain('<figcaption id="orders-chart-caption"');
    expect(html).toContain('role="img"');
    expect(html).toContain(`aria-label="${chartSummary(series)}"`);
    expect(chartSummary(series)).toBe(
      "Bar chart of orders per day from 3 Jan to 2 Apr 2025: 7 orders over 90 days, most on 2 Apr (5).",
    );
    expect(html).toContain("<details");
    expect(html.match(/<th scope="row"/g)).toHaveLength(90);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
  });

  it("says what the 90-day cap left out", () => {
    expect(html).toContain("Showing the last 90 days; 7 orders came in the 2 days up to 2 Jan 2025.");
  });

  it("draws one bar per day with orders", () => {
    expect(html.match(/<rect /g)).toHaveLength(2);
  });
});

describe("StockTable and SizeDistribution", () => {
  const rows = [
    { label: "M", variantOrder: 0, left: 0, ordered: 4 },
    { label: "L", variantOrder: 1, left: 1, ordered: 9 },
  ].map((v, i) => ({
    ...v,
    variantId: `v${i}`,
    itemId: "tee",
    itemName: "T-shirt",
    itemOrder: 0,
    itemArchived: false,
    itemActive: true,
  }));

  it("labels rows and levels in words", () => {
    const html = renderToStaticMarkup(<StockTable items={buildStockTable(rows)} />);
    expect(html).toContain("<caption");
    expect(html).toContain("Sold out");
    expect(html).toContain("Low");
    expect(html.match(/<th scope="row"/g)).toHaveLength(3); // two variants and the total
  });

  it("writes the numbers and the percentages next to the bars", () => {
    const html = renderToStaticMarkup(
      <SizeDistribution
        sizes={[
          { label: "M", units: 4, percent: 31 },
          { label: "L", units: 9, percent: 69 },
        ]}
      />,
    );
    expect(html).toContain(">31%<");
    expect(html).toContain(">69%<");
    expect(html).toContain('style="width:69%"');
  });
});
