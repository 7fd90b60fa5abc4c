import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { setPoolWaitObserver } from "@/db/pool-observer";
import { collectDatabaseGauges, type DatabaseGauges } from "./database-gauges";

/**
 * Prometheus metrics through prom-client (ADR 028): one registry per process with Node's default process
 * metrics and Swagstand's own, rendered by /api/metrics for self-hosting (scrape each instance). On
 * serverless platforms each instance counts on its own and forgets on recycle; use traces and the
 * platform's metrics there, the logs carry the same facts.
 *
 * Labels stay low-cardinality: route patterns, methods, statuses, template names, closed sets of reasons
 * and policies — never ids, slugs, emails or raw paths.
 */

/** Why an order attempt was refused: placeOrder's codes (lib/orders/results.ts) plus `error` (a crash). */
export const ORDER_REFUSAL_REASONS = [
  "invalid_input",
  "event_not_found",
  "ordering_not_open",
  "ordering_closed",
  "attendee_limit",
  "item_unavailable",
  "sold_out",
  "unavailable",
  "rate_limited",
  "maintenance",
  "error",
] as const;
export type OrderRefusalReason = (typeof ORDER_REFUSAL_REASONS)[number];

/** The rate-limit policies of lib/rate-limit/policies.ts (a closed set: one series each). */
export const RATE_LIMIT_POLICIES = [
  "orderPerClient",
  "orderPerEvent",
  "cancelPerClient",
  "privacyPerClient",
  "supplierMarkPerLink",
  "orderLinkPerEmail",
  "orderLinkPerClient",
  "signInPerEmail",
  "signInPerClient",
  "invitationPerMember",
  "uploadPerMember",
] as const;
export type RateLimitPolicyLabel = (typeof RATE_LIMIT_POLICIES)[number];

/** Where a supplier dispatch failed: its batch could not be written, or its email gave up or will retry. */
export const SUPPLIER_DISPATCH_STAGES = ["batch", "email"] as const;

/** Resend's delivery webhooks by type (lib/mail/delivery-reports.ts); `ignored`: a type not recorded. */
export const DELIVERY_REPORT_TYPES = [
  "delivered",
  "delivery_delayed",
  "bounced",
  "complained",
  "ignored",
] as const;

/** Seconds: 5 ms to 10 s (an order is tens of milliseconds; a database wait is bounded at 2 s, ADR 013). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Pool waits are usually microseconds; the top bucket is the 2 s connection timeout. */
const POOL_WAIT_BUCKETS = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2];

/** A counter whose label takes only the given values: every series exists (at 0) from the start, so
 * `rate()` and `increase()` see the first event, and a typo is a type error, not a new series. */
class ClosedCounter<V extends string> {
  constructor(
    private readonly counter: Counter<string>,
    private readonly label: string,
    values: readonly V[],
  ) {
    for (const value of values) counter.inc({ [label]: value }, 0);
  }

  inc(value: V): void {
    this.counter.inc({ [this.label]: value });
  }
}

function createMetrics(registry: Registry) {
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const database: DatabaseGauges = {
    up: new Gauge({
      name: "swagstand_database_up",
      help: "1 when the scrape's database query answered in time, else 0 (the readiness check's view).",
      registers,
    }),
    outboxDepth: new Gauge({
      name: "swagstand_outbox_pending_messages",
      help: "Outbox messages waiting to be sent (read at scrape time; NaN when the database did not answer).",
      registers,
    }),
    outboxOldestAge: new Gauge({
      name: "swagstand_outbox_oldest_pending_age_seconds",
      help: "Age of the oldest pending outbox message in seconds (0 when none; NaN when unknown).",
      registers,
    }),
    serverConnections: new Gauge({
      name: "swagstand_db_server_connections",
      help: "Connections open on the database server (pg_stat_activity, all clients).",
      registers,
    }),
    serverMaxConnections: new Gauge({
      name: "swagstand_db_server_max_connections",
      help: "The database server's max_connections.",
      registers,
    }),
    poolConnections: new Gauge({
      name: "swagstand_db_pool_connections",
      help: "This instance's pool connections by state (in_use, idle).",
      labelNames: ["state"],
      registers,
    }),
    poolMax: new Gauge({
      name: "swagstand_db_pool_max_connections",
      help: "This instance's pool size limit.",
      registers,
    }),
    poolWaiting: new Gauge({
      name: "swagstand_db_pool_waiting_clients",
      help: "Callers queued for a pool connection right now.",
      registers,
    }),
  };
  // One query per scrape for all of them: prom-client collects every metric at once (Promise.all), so each
  // gauge awaits the same in-flight collection instead of reading the previous scrape's values.
  let inFlight: Promise<void> | undefined;
  const collectOnce = () =>
    (inFlight ??= collectDatabaseGauges(database).finally(() => {
      inFlight = undefined;
    }));
  for (const gauge of Object.values(database)) gauge.collect = collectOnce;

  const metrics = {
    httpRequests: new Counter({
      name: "swagstand_http_requests_total",
      help: "HTTP requests handled by wrapped route handlers.",
      labelNames: ["route", "method", "status"],
      registers,
    }),
    httpDuration: new Histogram({
      name: "swagstand_http_request_duration_seconds",
      help: "Latency of wrapped route handlers in seconds.",
      labelNames: ["route", "method"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    errors: new Counter({
      name: "swagstand_errors_total",
      help: "Unhandled server errors by route and kind (render, route, action).",
      labelNames: ["route", "kind"],
      registers,
    }),
    ordersPlaced: new Counter({
      name: "swagstand_orders_placed_total",
      help: "Orders placed (committed; a retry that found its earlier order is not counted again).",
      registers,
    }),
    ordersRefused: new ClosedCounter(
      new Counter({
        name: "swagstand_orders_refused_total",
        help: "Order attempts refused, by reason (a closed set; `error` is an unexpected failure).",
        labelNames: ["reason"],
        registers,
      }),
      "reason",
      ORDER_REFUSAL_REASONS,
    ),
    orderDuration: new Histogram({
      name: "swagstand_order_duration_seconds",
      help: "Server time of an order attempt (the attendee order action, any outcome) in seconds.",
      labelNames: ["outcome"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    emailsSent: new Counter({
      name: "swagstand_emails_sent_total",
      help: "Outbox emails delivered to the transport, by template.",
      labelNames: ["template"],
      registers,
    }),
    emailsFailed: new Counter({
      name: "swagstand_emails_failed_total",
      help: "Outbox send attempts that failed, by template; dead=true when the message gave up.",
      labelNames: ["template", "dead"],
      registers,
    }),
    supplierDispatchFailures: new ClosedCounter(
      new Counter({
        name: "swagstand_supplier_dispatch_failures_total",
        help: "Supplier dispatches that failed: a batch that could not be written, or a supplier email send.",
        labelNames: ["stage"],
        registers,
      }),
      "stage",
      SUPPLIER_DISPATCH_STAGES,
    ),
    rateLimitRefusals: new ClosedCounter(
      new Counter({
        name: "swagstand_rate_limit_refusals_total",
        help: "Requests refused by a rate limit, by policy (lib/rate-limit/policies.ts).",
        labelNames: ["policy"],
        registers,
      }),
      "policy",
      RATE_LIMIT_POLICIES,
    ),
    deliveryReports: new ClosedCounter(
      new Counter({
        name: "swagstand_email_delivery_reports_total",
        help: "Verified delivery webhooks from the mail provider, by type (bounced and complained are failures).",
        labelNames: ["type"],
        registers,
      }),
      "type",
      DELIVERY_REPORT_TYPES,
    ),
    dbPoolWait: new Histogram({
      name: "swagstand_db_pool_wait_seconds",
      help: "Time a caller waited to check out a pooled database connection, in seconds.",
      buckets: POOL_WAIT_BUCKETS,
      registers,
    }),
  };
  setPoolWaitObserver((seconds) => metrics.dbPoolWait.observe(seconds));
  return metrics;
}

type Metrics = ReturnType<typeof createMetrics>;

/**
 * Bump when a metric's definition changes: in development a hot reload re-evaluates this module while
 * globalThis keeps the old registry, and an old definition must not linger.
 */
const GENERATION = 2;

const globalForMetrics = globalThis as typeof globalThis & {
  swagstandMetrics?: { generation: number; registry: Registry; metrics: Metrics };
};

/**
 * Created once per process and kept on globalThis: Next loads this module separately into route handlers,
 * pages and server actions, and prom-client refuses a metric name registered twice in one registry.
 */
function processMetrics() {
  const existing = globalForMetrics.swagstandMetrics;
  if (existing?.generation === GENERATION) return existing;
  existing?.registry.clear();
  const registry = new Registry();
  const created = { generation: GENERATION, registry, metrics: createMetrics(registry) };
  globalForMetrics.swagstandMetrics = created;
  return created;
}

const shared = processMetrics();

/** The process-wide registry that /api/metrics renders. */
export const registry: Registry = shared.registry;

/** The platform's metrics. Domain code bumps these in one line; /api/metrics renders them. */
export const metrics: Metrics = shared.metrics;

/** prom-client's exposition content type (text format 0.0.4). */
export const PROMETHEUS_CONTENT_TYPE = registry.contentType;

/** The whole exposition; gauges that need the database are read now, within a bounded time. */
export function renderMetrics(): Promise<string> {
  return registry.metrics();
}
