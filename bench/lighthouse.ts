import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
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

/**
 * Lighthouse mobile with its defaults (Moto G Power viewport, simulated slow 4G, 4× CPU slowdown), `runs`
 * times after one uncounted warm-up load (which fills the server's ISR and image-optimiser caches, as a CDN
 * would be after the first visitor). Each score and metric is the median of the counted runs, separately;
 * the flagged audits and per-script costs come from Lighthouse's own "median run" (closest to the median FCP
 * and TTI).
 *
 * CPU time is measured on this machine and then multiplied, so anything else running on it (other builds,
 * tests) lengthens TBT and TTI: quote figures from an otherwise idle machine.
 */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseSummary> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const once = async (): Promise<Lhr> => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.message}`);
      return result.lhr;
    };
    await once();
    const lhrs: Lhr[] = [];
    for (let i = 0; i < runs; i++) lhrs.push(await once());
    return summarise(lhrs);
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
