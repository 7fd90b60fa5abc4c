import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { calibratedCpuSlowdown, DEFAULT_CPU_SLOWDOWN, type CpuCalibration } from "./cpu-calibration";
import { median } from "./stats";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

/** Lighthouse audit ids of the metrics we print; `interactive` (TTI) is no longer scored but still measured. */
const METRICS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  ttiMs: "interactive",
  cls: "cumulative-layout-shift",
  speedIndexMs: "speed-index",
} as const;
type Metric = keyof typeof METRICS;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

export type LighthouseSummary = Record<Category, number> &
  Record<Metric, number> & {
    /** Audits of the median run that lost points, with Lighthouse's own short figure ("Potential savings …"). */
    flagged: { id: string; category: Category; score: number; display: string }[];
    /** Main-thread time per script in the median run (the "JavaScript execution time" audit), largest first. */
    bootup: { url: string; totalMs: number; scriptingMs: number }[];
    /** Bytes transferred per resource type in the median run (document, script, image, stylesheet, …). */
    transferKb: Record<string, number>;
    /** Lighthouse's CPU speed probe (higher is faster; it drops when other work shares the machine). */
    benchmarkIndex: number;
    /** The CPU slowdown the runs were simulated with: median, lowest and highest (one value unless calibrated). */
    cpuSlowdown: { median: number; min: number; max: number };
    /** The median run's full report, for the Lighthouse viewer or a closer look. */
    report: Lhr;
  };

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The CPU slowdown one set of runs used: Lighthouse's constant default, or calibrated to this machine. */
export type CpuSetting = "default" | "calibrated";

export type LighthouseComparison = {
  /** Lighthouse's mobile preset exactly as shipped: slow 4G and a constant 4× CPU slowdown. */
  standard: LighthouseSummary;
  /** Slow 4G and the calculator's multiplier for this machine (bench/cpu-calibration.ts); null if refused. */
  calibrated: LighthouseSummary | null;
  /** Per counted pair: the index the default run measured, and what the calculator made of it. */
  probes: CpuCalibration[];
};

/**
 * Lighthouse mobile (Moto G Power viewport, simulated slow 4G) on `url` with two CPU settings, `runs` times
 * each after one uncounted warm-up load (which fills the server's ISR and image-optimiser caches, as a CDN
 * would be after the first visitor):
 *
 * - default: Lighthouse's constant 4× CPU slowdown, whatever this machine's speed;
 * - calibrated: the multiplier the Lighthouse team's calculator gives for the benchmark index that Lighthouse
 *   measured in the default run just before (ADR 036). The runs alternate, default then calibrated, so both
 *   sets see the same load from whatever else shares the machine, and each calibrated run is sized by a probe
 *   taken seconds earlier. A probe below the calculator's range leaves that calibrated run out (printed).
 *
 * Each score and metric is the median of its set's runs, separately; the flagged audits and per-script
 * costs come from Lighthouse's own "median run" (closest to the median FCP and TTI).
 *
 * CPU time is measured on this machine and then multiplied, so anything else running on it (other builds,
 * tests) lengthens TBT and TTI in both sets: quote figures with the load average and benchmark index.
 */
export async function lighthouseDefaultAndCalibrated(url: string, runs = 3): Promise<LighthouseComparison> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const once = async (cpuSlowdownMultiplier: number, attempt = 1): Promise<Lhr> => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        throttling: { cpuSlowdownMultiplier },
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      const failure = result.lhr.runtimeError;
      // On a loaded machine Chrome now and then loses the trace (NO_NAVSTART, "Please run Lighthouse again"):
      // one lost trace should not throw away the minutes of runs before it.
      if (failure && attempt < 3) {
        console.error(`  lighthouse: ${failure.code} on ${url}, running it again`);
        return once(cpuSlowdownMultiplier, attempt + 1);
      }
      if (failure) throw new Error(`lighthouse: ${failure.message}`);
      // The figure printed beside the scores must be the one Lighthouse simulated with.
      const used = result.lhr.configSettings.throttling.cpuSlowdownMultiplier;
      if (used !== cpuSlowdownMultiplier)
        throw new Error(`lighthouse ran with ${used}× CPU slowdown, not the ${cpuSlowdownMultiplier}× asked`);
      return result.lhr;
    };
    await once(DEFAULT_CPU_SLOWDOWN);
    const standard: Lhr[] = [];
    const calibrated: Lhr[] = [];
    const probes: CpuCalibration[] = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await once(DEFAULT_CPU_SLOWDOWN);
      standard.push(lhr);
      const probe = calibratedCpuSlowdown(lhr.environment.benchmarkIndex);
      probes.push(probe);
      if (probe.ok) calibrated.push(await once(probe.multiplier));
    }
    return {
      standard: summarise(standard),
      calibrated: calibrated.length > 0 ? summarise(calibrated) : null,
      probes,
    };
  } finally {
    chrome.kill();
  }
}

function summarise(lhrs: Lhr[]): LighthouseSummary {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, median(lhrs.map((l) => Math.round((l.categories[c]?.score ?? 0) * 100)))]),
  ) as Record<Category, number>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, audit]) => [
      key,
      median(lhrs.map((l) => l.audits[audit]?.numericValue ?? NaN)),
    ]),
  ) as Record<Metric, number>;
  const representative = computeMedianRun(lhrs) as Lhr;
  return {
    ...scores,
    ...metrics,
    flagged: flaggedAudits(representative),
    bootup: bootup(representative),
    transferKb: transferKb(representative),
    benchmarkIndex: median(lhrs.map((l) => l.environment.benchmarkIndex)),
    cpuSlowdown: spread(lhrs.map((l) => l.configSettings.throttling.cpuSlowdownMultiplier)),
    report: representative,
  };
}

const SCORED = new Set(["binary", "numeric", "metricSavings"]);

function flaggedAudits(lhr: Lhr): LighthouseSummary["flagged"] {
  const flagged: LighthouseSummary["flagged"] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      // Metrics are printed as figures already; informative, manual and not-applicable audits carry no score.
      if (!audit || ref.group === "metrics" || ref.group === "hidden" || !SCORED.has(audit.scoreDisplayMode))
        continue;
      if (audit.score === null || audit.score >= 0.9) continue;
      flagged.push({ id: ref.id, category, score: audit.score, display: audit.displayValue ?? "" });
    }
  }
  return flagged;
}

function bootup(lhr: Lhr): LighthouseSummary["bootup"] {
  const details = lhr.audits["bootup-time"]?.details as
    { items?: { url: string; total: number; scripting: number }[] } | undefined;
  return (details?.items ?? [])
    .map((item) => ({ url: item.url, totalMs: item.total, scriptingMs: item.scripting }))
    .sort((a, b) => b.totalMs - a.totalMs);
}

function transferKb(lhr: Lhr): Record<string, number> {
  const details = lhr.audits["resource-summary"]?.details as
    { items?: { resourceType: string; transferSize: number }[] } | undefined;
  return Object.fromEntries(
    (details?.items ?? []).map((item) => [item.resourceType, item.transferSize / 1024]),
  );
}

function spread(values: number[]): { median: number; min: number; max: number } {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
