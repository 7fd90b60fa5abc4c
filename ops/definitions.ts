/**
 * The source of truth for ops/prometheus/alerts.yml and ops/grafana/swagstand.json (ADR 028). Edit here, then
 * `npx tsx scripts/generate-ops.ts`; ops/ops.test.ts fails when the checked-in files differ from what this
 * generates, when an expression names a metric /api/metrics does not export, or when an alert has no runbook
 * entry in docs/operations.md.
 */

export interface AlertRule {
  /** Also the runbook heading in docs/operations.md ("### SwagstandOutboxStuck"). */
  alert: string;
  expr: string;
  for: string;
  severity: "page" | "ticket";
  summary: string;
}

export const alertRules: AlertRule[] = [
  {
    alert: "SwagstandErrorRate",
    expr: "sum(rate(swagstand_errors_total[5m])) * 60 > 1",
    for: "5m",
    severity: "page",
    summary: "More than one unhandled server error a minute (renders, route handlers, server actions).",
  },
  {
    alert: "SwagstandOrdersFailing",
    expr:
      'sum(rate(swagstand_orders_refused_total{reason=~"unavailable|error"}[5m]))' +
      " / sum(rate(swagstand_order_duration_seconds_count[5m])) > 0.05",
    for: "5m",
    severity: "page",
    summary: "More than 5% of order attempts fail on our side (database unavailable or an unexpected error).",
  },
  {
    alert: "SwagstandOrderLatencyP99",
    expr:
      "histogram_quantile(0.99, sum by (le) " +
      '(rate(swagstand_order_duration_seconds_bucket{outcome="placed"}[5m]))) > 1',
    for: "10m",
    severity: "page",
    summary: "The slowest 1% of placed orders take more than a second on the server.",
  },
  {
    alert: "SwagstandOutboxStuck",
    expr: "max(swagstand_outbox_oldest_pending_age_seconds) > 900",
    for: "5m",
    severity: "page",
    summary: "An email has waited in the outbox for more than 15 minutes.",
  },
  {
    alert: "SwagstandNotReady",
    expr: 'swagstand_database_up == 0 or up{job="swagstand"} == 0',
    for: "2m",
    severity: "page",
    summary: "An instance cannot reach the database (readiness failing) or cannot be scraped at all.",
  },
  {
    alert: "SwagstandDatabaseConnectionsNearLimit",
    expr: "max(swagstand_db_server_connections / swagstand_db_server_max_connections) > 0.8",
    for: "5m",
    severity: "page",
    summary: "The database server has used more than 80% of max_connections.",
  },
  {
    alert: "SwagstandPoolSaturated",
    expr:
      'sum by (instance) (swagstand_db_pool_connections{state="in_use"})' +
      " / sum by (instance) (swagstand_db_pool_max_connections) > 0.9" +
      " and sum by (instance) (swagstand_db_pool_waiting_clients) > 0",
    for: "5m",
    severity: "ticket",
    summary: "An instance's connection pool is nearly all in use and requests queue for a connection.",
  },
];

export interface Panel {
  title: string;
  unit: string;
  targets: { expr: string; legend: string }[];
}

/** The dashboard, row by row (two panels a row). */
export const dashboardPanels: Panel[] = [
  {
    title: "Orders placed per minute",
    unit: "short",
    targets: [{ expr: "sum(rate(swagstand_orders_placed_total[5m])) * 60", legend: "placed" }],
  },
  {
    title: "Orders refused per minute, by reason",
    unit: "short",
    targets: [
      { expr: "sum by (reason) (rate(swagstand_orders_refused_total[5m])) * 60", legend: "{{reason}}" },
    ],
  },
  {
    title: "Order latency (server)",
    unit: "s",
    targets: [0.5, 0.95, 0.99].map((q) => ({
      expr: `histogram_quantile(${q}, sum by (le) (rate(swagstand_order_duration_seconds_bucket{outcome="placed"}[5m])))`,
      legend: `p${q * 100}`,
    })),
  },
  {
    title: "Unhandled errors per minute, by kind",
    unit: "short",
    targets: [{ expr: "sum by (kind) (rate(swagstand_errors_total[5m])) * 60", legend: "{{kind}}" }],
  },
  {
    title: "Route handler requests per second, by status",
    unit: "reqps",
    targets: [{ expr: "sum by (status) (rate(swagstand_http_requests_total[5m]))", legend: "{{status}}" }],
  },
  {
    title: "Route handler latency p99, by route",
    unit: "s",
    targets: [
      {
        expr: "histogram_quantile(0.99, sum by (le, route) (rate(swagstand_http_request_duration_seconds_bucket[5m])))",
        legend: "{{route}}",
      },
    ],
  },
  {
    title: "Outbox: pending messages",
    unit: "short",
    targets: [{ expr: "max(swagstand_outbox_pending_messages)", legend: "pending" }],
  },
  {
    title: "Outbox: age of the oldest pending message",
    unit: "s",
    targets: [{ expr: "max(swagstand_outbox_oldest_pending_age_seconds)", legend: "oldest" }],
  },
  {
    title: "Emails per minute",
    unit: "short",
    targets: [
      { expr: "sum(rate(swagstand_emails_sent_total[5m])) * 60", legend: "sent" },
      {
        expr: "sum by (dead) (rate(swagstand_emails_failed_total[5m])) * 60",
        legend: "failed (dead={{dead}})",
      },
    ],
  },
  {
    title: "Supplier dispatch failures per hour",
    unit: "short",
    targets: [
      {
        expr: "sum by (stage) (increase(swagstand_supplier_dispatch_failures_total[1h]))",
        legend: "{{stage}}",
      },
    ],
  },
  {
    title: "Rate-limit refusals per minute, by policy",
    unit: "short",
    targets: [
      { expr: "sum by (policy) (rate(swagstand_rate_limit_refusals_total[5m])) * 60", legend: "{{policy}}" },
    ],
  },
  {
    title: "Database up (per instance)",
    unit: "short",
    targets: [{ expr: "swagstand_database_up", legend: "{{instance}}" }],
  },
  {
    title: "Connection pool (all instances)",
    unit: "short",
    targets: [
      { expr: "sum by (state) (swagstand_db_pool_connections)", legend: "{{state}}" },
      { expr: "sum(swagstand_db_pool_waiting_clients)", legend: "waiting" },
      { expr: "sum(swagstand_db_pool_max_connections)", legend: "max" },
    ],
  },
  {
    title: "Connection pool wait p99",
    unit: "s",
    targets: [
      {
        expr: "histogram_quantile(0.99, sum by (le) (rate(swagstand_db_pool_wait_seconds_bucket[5m])))",
        legend: "p99",
      },
    ],
  },
  {
    title: "Database server connections",
    unit: "short",
    targets: [
      { expr: "max(swagstand_db_server_connections)", legend: "open" },
      { expr: "max(swagstand_db_server_max_connections)", legend: "max_connections" },
    ],
  },
  {
    title: "Process CPU and event loop lag",
    unit: "s",
    targets: [
      { expr: "sum by (instance) (rate(process_cpu_seconds_total[5m]))", legend: "cpu {{instance}}" },
      { expr: "max by (instance) (nodejs_eventloop_lag_p99_seconds)", legend: "loop lag p99 {{instance}}" },
    ],
  },
  {
    title: "Resident memory",
    unit: "bytes",
    targets: [{ expr: "process_resident_memory_bytes", legend: "{{instance}}" }],
  },
];

/** Metrics Prometheus makes itself (not exported by /api/metrics). */
export const PROMETHEUS_BUILTIN_METRICS = new Set(["up"]);

/** Metric names an expression reads (identifiers followed by a selector, a range or an operator). */
export function metricNamesIn(expr: string): string[] {
  const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const withoutMatchers = withoutStrings.replace(/\{[^}]*\}/g, "");
  const withoutGrouping = withoutMatchers.replace(/\b(?:by|without|on|ignoring)\s*\([^)]*\)/g, "");
  const identifiers = withoutGrouping.match(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b(?!\s*\()/g) ?? [];
  const keywords = new Set(["and", "or", "unless", "bool", "offset", "le", "inf", "nan"]);
  return [...new Set(identifiers.filter((id) => !keywords.has(id.toLowerCase()) && !/^\d/.test(id)))].filter(
    (id) => /_/.test(id) || PROMETHEUS_BUILTIN_METRICS.has(id),
  );
}

/** A histogram's series name back to its family (`x_bucket` -> `x`). */
export function metricFamily(name: string, families: ReadonlySet<string>): string | undefined {
  if (families.has(name)) return name;
  const base = name.replace(/_(bucket|sum|count)$/, "");
  return families.has(base) ? base : undefined;
}

const quote = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar

/** Prometheus rule file (YAML). */
export function alertsYaml(): string {
  const lines = [
    "# Generated from ops/definitions.ts by `npx tsx scripts/generate-ops.ts`: edit there, not here.",
    '# Runbook: docs/operations.md, section "Alerts and runbook".',
    "groups:",
    "  - name: swagstand",
    "    rules:",
  ];
  for (const rule of alertRules) {
    lines.push(
      `      - alert: ${rule.alert}`,
      `        expr: ${quote(rule.expr)}`,
      `        for: ${rule.for}`,
      "        labels:",
      `          severity: ${rule.severity}`,
      "        annotations:",
      `          summary: ${quote(rule.summary)}`,
      `          runbook: ${quote(`docs/operations.md#${rule.alert.toLowerCase()}`)}`,
    );
  }
  return lines.join("\n") + "\n";
}

/** Grafana dashboard (import through Dashboards > New > Import; pick the Prometheus data source). */
export function dashboardJson(): string {
  const panels = dashboardPanels.map((panel, i) => ({
    id: i + 1,
    type: "timeseries",
    title: panel.title,
    datasource: { type: "prometheus", uid: "${DS_PROMETHEUS}" },
    gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
    fieldConfig: { defaults: { unit: panel.unit }, overrides: [] },
    options: { legend: { displayMode: "list", placement: "bottom" }, tooltip: { mode: "multi" } },
    targets: panel.targets.map((t, j) => ({
      refId: String.fromCharCode(65 + j),
      expr: t.expr,
      legendFormat: t.legend,
    })),
  }));
  const dashboard = {
    __inputs: [
      {
        name: "DS_PROMETHEUS",
        label: "Prometheus",
        type: "datasource",
        pluginId: "prometheus",
        pluginName: "Prometheus",
      },
    ],
    title: "Swagstand",
    uid: "swagstand",
    description:
      "Generated from ops/definitions.ts (npx tsx scripts/generate-ops.ts). Metrics: /api/metrics.",
    tags: ["swagstand"],
    timezone: "utc",
    schemaVersion: 39,
    version: 1,
    refresh: "30s",
    time: { from: "now-6h", to: "now" },
    panels,
  };
  return JSON.stringify(dashboard, null, 2) + "\n";
}
