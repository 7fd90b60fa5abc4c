import { describe, expect, it } from "vitest";
import { Counter, Histogram, metrics, Registry, registry, renderMetrics } from "./metrics";

describe("Counter", () => {
  it("counts per label set and renders Prometheus text", () => {
    const r = new Registry();
    const c = r.counter("test_requests_total", "Requests.", ["route", "status"]);
    c.inc({ route: "/a", status: 200 });
    c.inc({ route: "/a", status: 200 }, 2);
    c.inc({ route: "/b", status: 500 });
    expect(c.get({ route: "/a", status: 200 })).toBe(3);
    expect(r.render()).toBe(
      [
        "# HELP test_requests_total Requests.",
        "# TYPE test_requests_total counter",
        'test_requests_total{route="/a",status="200"} 3',
        'test_requests_total{route="/b",status="500"} 1',
        "",
      ].join("\n"),
    );
  });

  it("renders a zero for an unlabelled counter that never moved", () => {
    const r = new Registry();
    r.counter("test_orders_total", "Orders.");
    expect(r.render()).toContain("\ntest_orders_total 0\n");
  });

  it("never goes down and ignores non-finite amounts", () => {
    const c = new Counter("test_c", "c", []);
    c.inc(undefined, 5);
    c.inc(undefined, -1);
    c.inc(undefined, Number.NaN);
    c.inc(undefined, Infinity);
    expect(c.get()).toBe(5);
  });

  it("escapes label values and help text", () => {
    const c = new Counter("test_escape_total", "Line one\nback\\slash", ["v"]);
    c.inc({ v: 'quote " back \\ newline \n end' });
    const text = c.render();
    expect(text).toContain("# HELP test_escape_total Line one\\nback\\\\slash");
    expect(text).toContain('test_escape_total{v="quote \\" back \\\\ newline \\n end"} 1');
  });

  it("ignores undeclared labels and fills missing ones with empty strings", () => {
    const c = new Counter("test_labels_total", "l", ["a", "b"]);
    c.inc({ a: "x", secret: "nope" });
    expect(c.render()).toContain('test_labels_total{a="x",b=""} 1');
    expect(c.render()).not.toContain("nope");
  });

  it("caps the number of series so a high-cardinality label cannot grow memory without bound", () => {
    const c = new Counter("test_cap_total", "cap", ["id"]);
    for (let i = 0; i < 2_000; i++) c.inc({ id: i });
    const series = c
      .render()
      .split("\n")
      .filter((line) => line.startsWith("test_cap_total{"));
    expect(series.length).toBe(500);
    c.inc({ id: 0 }); // existing series keep counting
    expect(c.get({ id: 0 })).toBe(2);
  });

  it("rejects invalid metric and label names", () => {
    expect(() => new Counter("bad-name", "x", [])).toThrow(/metric name/);
    expect(() => new Counter("ok_name", "x", ["bad-label"])).toThrow(/label name/);
    expect(() => new Histogram("ok_hist", "x", ["le"])).toThrow(/label name/);
  });
});

describe("Histogram", () => {
  it("renders cumulative buckets, +Inf, sum and count", () => {
    const h = new Histogram("test_latency_seconds", "Latency.", ["route"], [0.1, 0.5, 1]);
    for (const v of [0.05, 0.1, 0.3, 0.7, 3]) h.observe({ route: "/a" }, v);
    expect(h.get({ route: "/a" })).toEqual({ count: 5, sum: expect.closeTo(4.15, 10) as number });
    const lines = h.render().split("\n");
    expect(lines).toEqual([
      "# HELP test_latency_seconds Latency.",
      "# TYPE test_latency_seconds histogram",
      'test_latency_seconds_bucket{route="/a",le="0.1"} 2',
      'test_latency_seconds_bucket{route="/a",le="0.5"} 3',
      'test_latency_seconds_bucket{route="/a",le="1"} 4',
      'test_latency_seconds_bucket{route="/a",le="+Inf"} 5',
      expect.stringMatching(/^test_latency_seconds_sum\{route="\/a"\} 4\.1\d*$/) as unknown as string,
      'test_latency_seconds_count{route="/a"} 5',
    ]);
  });

  it("sorts bucket bounds and ignores non-finite observations", () => {
    const h = new Histogram("test_unsorted", "u", [], [1, 0.1]);
    h.observe(undefined, 0.05);
    h.observe(undefined, Number.NaN);
    expect(h.buckets).toEqual([0.1, 1]);
    expect(h.get()).toEqual({ count: 1, sum: 0.05 });
  });
});

describe("Registry", () => {
  it("returns the same metric for the same name and refuses a type clash", () => {
    const r = new Registry();
    const a = r.counter("test_same_total", "x", ["a"]);
    expect(r.counter("test_same_total", "x", ["a"])).toBe(a);
    expect(() => r.histogram("test_same_total", "x")).toThrow(/another type/);
  });

  it("the process-wide registry is shared through globalThis", async () => {
    expect((globalThis as unknown as { swagstandMetrics?: Registry }).swagstandMetrics).toBe(registry);
    expect(registry.counter("swagstand_orders_placed_total", "ignored")).toBe(metrics.ordersPlaced);
  });

  it("renders the platform metrics and process gauges", () => {
    const before = metrics.ordersPlaced.get();
    metrics.ordersPlaced.inc();
    const text = renderMetrics();
    expect(text).toContain(`swagstand_orders_placed_total ${before + 1}`);
    for (const name of [
      "swagstand_http_requests_total",
      "swagstand_http_request_duration_seconds",
      "swagstand_errors_total",
      "swagstand_emails_sent_total",
      "swagstand_emails_failed_total",
      "process_resident_memory_bytes",
      "process_start_time_seconds",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text.endsWith("\n")).toBe(true);
  });
});
