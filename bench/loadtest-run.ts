import { runStep, type StepResult, type Target } from "./loadtest-step";
import { Sampler, type Usage } from "./loadtest-sampler";
import { fmt } from "./stats";

export type Step = StepResult & Usage;

export type LoadTestOptions = {
  target: Target;
  /** Connections (simultaneous attendees) per step, in order. */
  steps: number[];
  stepSeconds: number;
  /** The step whose p99 passes this (ms) is the breaking point. */
  p99LimitMs: number;
  /** Smoke: one small step of a fixed number of attendees. */
  attendeesPerStep?: number;
  sampler?: Sampler;
  log?: (line: string) => void;
};

export type LoadTestReport = { steps: Step[]; breakingPoint: Step | null; reason: string | null };

/** Ramps through the steps until one passes the p99 limit or has errors (that step is the breaking point). */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestReport> {
  const { target, sampler, log = () => {} } = options;
  const runId = Date.now().toString(36);
  const steps: Step[] = [];
  for (const [i, connections] of options.steps.entries()) {
    sampler?.start();
    const result = await runStep({
      target,
      connections,
      seconds: options.stepSeconds,
      attendees: options.attendeesPerStep,
      emailPrefix: `loadtest-${runId}-${i}`,
    });
    const usage = sampler?.stop() ?? {
      pgCpuPercent: null,
      appCpuPercent: null,
      connectionsMax: null,
      activeMax: null,
    };
    const step = { ...result, ...usage };
    steps.push(step);
    log(formatRow(step));
    const reason =
      step.errors > 0
        ? `${step.errors} errors (${step.errorSamples.join("; ")})`
        : step.p99 > options.p99LimitMs
          ? `p99 ${fmt(step.p99, 0)} ms > ${options.p99LimitMs} ms`
          : null;
    if (reason) return { steps, breakingPoint: step, reason };
  }
  return { steps, breakingPoint: null, reason: null };
}

const cell = (value: number | null, digits = 0) => (value === null ? "-" : fmt(value, digits));

export const TABLE_HEADER =
  "attendees  req/s  orders/s   p50 ms   p95 ms   p99 ms  errors  app CPU %  pg CPU %  pg conns (active)";

export function formatRow(s: Step): string {
  return [
    String(s.connections).padStart(9),
    cell(s.requestsPerSecond).padStart(6),
    cell(s.ordersPerSecond, 1).padStart(9),
    cell(s.p50).padStart(8),
    cell(s.p95).padStart(8),
    cell(s.p99).padStart(8),
    String(s.errors).padStart(7),
    cell(s.appCpuPercent).padStart(10),
    cell(s.pgCpuPercent).padStart(9),
    `${cell(s.connectionsMax)} (${cell(s.activeMax)})`.padStart(18),
  ].join(" ");
}
