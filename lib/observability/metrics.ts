/**
 * In-process counters and histograms rendered as Prometheus text (exposition format 0.0.4) for
 * self-hosting: scrape /api/metrics on each instance. On serverless platforms each instance counts on its
 * own and forgets on recycle, so use the platform's own metrics there; the logs carry the same facts.
 *
 * Labels must stay low-cardinality: route patterns, methods, statuses, template names — never ids, slugs,
 * emails or raw paths. A metric refuses new label sets beyond MAX_SERIES so a mistake cannot eat memory.
 */
export const PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

const MAX_SERIES = 500;
const NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export type Labels = Readonly<Record<string, string | number | boolean | undefined>>;

/** Default latency buckets in seconds: 5 ms up to 10 s. */
const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

abstract class Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
  ) {
    if (!NAME_RE.test(name)) throw new Error(`Invalid metric name: ${name}`);
    for (const label of labelNames)
      if (!LABEL_RE.test(label) || label === "le") throw new Error(`Invalid label name: ${label}`);
  }

  /** Label values in declared order; missing ones are empty strings, unknown ones are ignored. */
  protected values(labels: Labels | undefined): string[] {
    return this.labelNames.map((name) => {
      const value = labels?.[name];
      return value === undefined ? "" : String(value);
    });
  }

  protected key(values: string[]): string {
    return values.join("\u0000");
  }

  protected labelText(values: string[], extra?: string): string {
    const parts = this.labelNames.map((name, i) => `${name}="${escapeLabelValue(values[i] ?? "")}"`);
    if (extra) parts.push(extra);
    return parts.length ? `{${parts.join(",")}}` : "";
  }

  abstract render(): string;
  abstract reset(): void;
}

export class Counter extends Metric {
  private readonly counts = new Map<string, { values: string[]; value: number }>();

  inc(labels?: Labels, amount = 1): void {
    if (!(amount >= 0) || !Number.isFinite(amount)) return; // counters only go up
    const values = this.values(labels);
    const key = this.key(values);
    const entry = this.counts.get(key);
    if (entry) entry.value += amount;
    else if (this.counts.size < MAX_SERIES) this.counts.set(key, { values, value: amount });
  }

  /** Current value (tests and diagnostics). */
  get(labels?: Labels): number {
    return this.counts.get(this.key(this.values(labels)))?.value ?? 0;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} counter`];
    if (this.counts.size === 0 && this.labelNames.length === 0) lines.push(`${this.name} 0`);
    for (const { values, value } of this.counts.values())
      lines.push(`${this.name}${this.labelText(values)} ${formatNumber(value)}`);
    return lines.join("\n");
  }

  reset(): void {
    this.counts.clear();
  }
}

interface HistogramSeries {
  values: string[];
  buckets: number[]; // per-bucket (non-cumulative) counts; rendered cumulatively
  sum: number;
  count: number;
}

export class Histogram extends Metric {
  private readonly data = new Map<string, HistogramSeries>();
  readonly buckets: readonly number[];

  constructor(
    name: string,
    help: string,
    labelNames: readonly string[],
    buckets: readonly number[] = DEFAULT_BUCKETS,
  ) {
    super(name, help, labelNames);
    this.buckets = [...buckets].sort((a, b) => a - b);
  }

  observe(labels: Labels | undefined, value: number): void {
    if (!Number.isFinite(value)) return;
    const values = this.values(labels);
    const key = this.key(values);
    let entry = this.data.get(key);
    if (!entry) {
      if (this.data.size >= MAX_SERIES) return;
      entry = { values, buckets: new Array<number>(this.buckets.length).fill(0), sum: 0, count: 0 };
      this.data.set(key, entry);
    }
    const index = this.buckets.findIndex((bound) => value <= bound);
    if (index >= 0) entry.buckets[index] = (entry.buckets[index] ?? 0) + 1;
    entry.sum += value;
    entry.count += 1;
  }

  /** Count and sum for one label set (tests and diagnostics). */
  get(labels?: Labels): { count: number; sum: number } {
    const entry = this.data.get(this.key(this.values(labels)));
    return { count: entry?.count ?? 0, sum: entry?.sum ?? 0 };
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} histogram`];
    for (const entry of this.data.values()) {
      let cumulative = 0;
      this.buckets.forEach((bound, i) => {
        cumulative += entry.buckets[i] ?? 0;
        lines.push(
          `${this.name}_bucket${this.labelText(entry.values, `le="${formatNumber(bound)}"`)} ${cumulative}`,
        );
      });
      lines.push(`${this.name}_bucket${this.labelText(entry.values, 'le="+Inf"')} ${entry.count}`);
      lines.push(`${this.name}_sum${this.labelText(entry.values)} ${formatNumber(entry.sum)}`);
      lines.push(`${this.name}_count${this.labelText(entry.values)} ${entry.count}`);
    }
    return lines.join("\n");
  }

  reset(): void {
    this.data.clear();
  }
}

export class Registry {
  private readonly metrics = new Map<string, Metric>();

  /** Get-or-create, so a module loaded twice (Next bundles it per layer) shares one series set. */
  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.getOrCreate(name, Counter, () => new Counter(name, help, labelNames));
  }

  histogram(
    name: string,
    help: string,
    labelNames: readonly string[] = [],
    buckets?: readonly number[],
  ): Histogram {
    return this.getOrCreate(name, Histogram, () => new Histogram(name, help, labelNames, buckets));
  }

  private getOrCreate<M extends Metric>(
    name: string,
    type: abstract new (...args: never[]) => M,
    create: () => M,
  ): M {
    const existing = this.metrics.get(name);
    if (existing) {
      if (!(existing instanceof type)) throw new Error(`Metric ${name} already registered with another type`);
      return existing;
    }
    const metric = create();
    this.metrics.set(name, metric);
    return metric;
  }

  render(): string {
    return [...this.metrics.values()].map((m) => m.render()).join("\n") + "\n";
  }

  reset(): void {
    for (const metric of this.metrics.values()) metric.reset();
  }
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function escapeHelp(help: string): string {
  return help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function formatNumber(value: number): string {
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  if (Number.isNaN(value)) return "NaN";
  return String(value);
}

const globalForMetrics = globalThis as typeof globalThis & { swagstandMetrics?: Registry };

/** The process-wide registry (on globalThis: route handlers, pages and actions may load separate copies). */
export const registry: Registry = (globalForMetrics.swagstandMetrics ??= new Registry());

/** The platform's metrics. Domain code increments these; /api/metrics renders them. */
export const metrics = {
  httpRequests: registry.counter(
    "swagstand_http_requests_total",
    "HTTP requests handled by wrapped route handlers.",
    ["route", "method", "status"],
  ),
  httpDuration: registry.histogram(
    "swagstand_http_request_duration_seconds",
    "Latency of wrapped route handlers in seconds.",
    ["route", "method"],
  ),
  errors: registry.counter(
    "swagstand_errors_total",
    "Unhandled server errors by route and kind (render, route, action).",
    ["route", "kind"],
  ),
  ordersPlaced: registry.counter("swagstand_orders_placed_total", "Orders placed (committed)."),
  ordersRejected: registry.counter("swagstand_orders_rejected_total", "Order attempts refused, by reason.", [
    "reason",
  ]),
  emailsSent: registry.counter(
    "swagstand_emails_sent_total",
    "Outbox emails delivered to the transport, by template.",
    ["template"],
  ),
  emailsFailed: registry.counter(
    "swagstand_emails_failed_total",
    "Outbox send attempts that failed, by template; dead=true when the message gave up.",
    ["template", "dead"],
  ),
};

const startedAt = Date.now() / 1000;

/** Process gauges are read at scrape time rather than tracked. */
function processMetrics(): string {
  const memory = process.memoryUsage();
  return [
    "# HELP process_start_time_seconds Start time of the process since the Unix epoch in seconds.",
    "# TYPE process_start_time_seconds gauge",
    `process_start_time_seconds ${Math.floor(startedAt)}`,
    "# HELP process_resident_memory_bytes Resident memory size in bytes.",
    "# TYPE process_resident_memory_bytes gauge",
    `process_resident_memory_bytes ${memory.rss}`,
    "# HELP nodejs_heap_used_bytes V8 heap in use in bytes.",
    "# TYPE nodejs_heap_used_bytes gauge",
    `nodejs_heap_used_bytes ${memory.heapUsed}`,
  ].join("\n");
}

/** The whole exposition: the platform's metrics plus process gauges. */
export function renderMetrics(source: Registry = registry): string {
  return source.render() + processMetrics() + "\n";
}
