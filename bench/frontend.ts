import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { attendeeBundles } from "./bundle";
import { analysisCommit, costsByOwner, ensureBundleAnalysis, routeModuleCosts } from "./bundle-analysis";
import { DEFAULT_CPU_SLOWDOWN } from "./cpu-calibration";
import { lighthouseDefaultAndCalibrated, type LighthouseSummary } from "./lighthouse";
import { fmt } from "./stats";

/**
 * The attendee's side of performance (issue 8): Lighthouse mobile on the landing and order pages, and what
 * JavaScript the attendee routes ship. Shared by `npm run bench` and its `lighthouse` / `bundle` sub-commands.
 */

const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
const s = (ms: number) => `${fmt(ms / 1000, 2)} s`;

export const ORDER_ROUTE = "/s/[slug]/order";

export function printFirstLoadJs(): void {
  console.log("First-load JavaScript of the attendee routes (gzip -9; framework = what every page loads)");
  const bundles = attendeeBundles();
  for (const b of bundles)
    line(
      b.route,
      `${fmt(b.totalGzipKb)} KB = ${fmt(b.frameworkGzipKb)} framework + ${fmt(b.ownGzipKb)} own (${b.ownChunks} chunks)`,
    );
  // Issue 11 / ADR 022: the block-document landing page and its preview must carry no script of Swagstand's own.
  for (const route of [LANDING_ROUTE, PREVIEW_ROUTE]) {
    const b = bundles.find((x) => x.route === route);
    line(
      `${route}: own client JavaScript`,
      !b ? "route not in the build" : b.ownChunks === 0 ? "none ✓" : `${fmt(b.ownGzipKb)} KB ✗`,
    );
  }
}

export const LANDING_ROUTE = "/s/[slug]";
export const PREVIEW_ROUTE = "/s/[slug]/preview/[token]";

/** The order route's first-load JavaScript by package and folder, then its heaviest modules of its own. */
export function printOrderRouteBreakdown({ top = 15 } = {}): void {
  ensureBundleAnalysis();
  const costs = routeModuleCosts(ORDER_ROUTE);
  const kb = (bytes: number) => fmt(bytes / 1024);
  const total = costs.reduce((sum, c) => sum + c.gzipBytes, 0);
  const own = costs.filter((c) => c.own);
  console.log(
    `${ORDER_ROUTE}: ${kb(total)} KB gzip, of which ${kb(own.reduce((sum, c) => sum + c.gzipBytes, 0))} KB its own` +
      ` (next analyze of ${analysisCommit()}; shares apportioned from per-module sizes)`,
  );
  console.log(`  ${"by package / folder".padEnd(44)} ${"KB gzip".padStart(8)} ${"own".padStart(7)}`);
  for (const o of costsByOwner(costs).filter((o) => o.totalKb >= 0.5))
    console.log(`    ${o.owner.padEnd(42)} ${fmt(o.totalKb).padStart(8)} ${fmt(o.ownKb).padStart(7)}`);
  console.log(`  heaviest modules of the route's own chunks`);
  for (const c of own.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, top))
    console.log(
      `    ${c.source.replace(/^node_modules\//, "").padEnd(62)} ${fmt(c.gzipBytes / 1024).padStart(6)}`,
    );
}

/**
 * Lighthouse mobile for each page, twice over (bench/lighthouse.ts): with Lighthouse's constant 4× CPU
 * slowdown and with the slowdown calibrated to this machine (ADR 036). Both are labelled on every line, with
 * the benchmark index and multiplier beside them, so neither figure is quoted as the other.
 */
export async function printLighthouse(
  pages: readonly (readonly [name: string, url: string])[],
  { runs = 3, details = false } = {},
): Promise<void> {
  console.log(
    `Lighthouse mobile (Moto G Power viewport, slow 4G, simulated), median of ${runs} runs after a warm-up, two CPU settings:`,
  );
  console.log(
    `  default 4×   Lighthouse's preset as shipped: CPU time on this machine × ${DEFAULT_CPU_SLOWDOWN}`,
  );
  console.log(
    "  calibrated   × what the Lighthouse team's calculator gives for this machine's benchmark index (ADR 036),",
  );
  console.log("               measured by the default run just before each calibrated one; runs alternate");
  for (const [name, url] of pages) {
    const loadBefore = loadAverage();
    const { standard, calibrated, probes } = await lighthouseDefaultAndCalibrated(url, runs);
    console.log(`  ${name} (load average ${loadBefore} before, ${loadAverage()} after)`);
    printSummary(`default ${DEFAULT_CPU_SLOWDOWN}×`, standard);
    for (const p of probes) if (!p.ok) line("", `  calibrated run left out: ${p.message}`);
    if (calibrated) {
      const m = calibrated.cpuSlowdown;
      const used = probes.flatMap((p) => (p.ok ? [p] : []));
      const indices = used.map((p) => p.benchmarkIndex);
      printSummary(`calibrated ${fmt(m.median)}×`, calibrated);
      line(
        "",
        `  multiplier ${fmt(m.median)}× (${fmt(m.min)}–${fmt(m.max)}) from probe indices ${indices.map((i) => fmt(i, 0)).join(", ")};` +
          ` calculator range ${fmt(Math.min(...used.map((p) => p.range[0])))}–${fmt(Math.max(...used.map((p) => p.range[1])))}×`,
      );
    } else line("", "calibrated: no run (every probe was below the calculator's range)");
    if (details) {
      printDetails(standard, saveReport(`${name.split(" ")[0]}-default`, standard));
      if (calibrated) printDetails(calibrated, saveReport(`${name.split(" ")[0]}-calibrated`, calibrated));
    }
  }
}

function printSummary(label: string, r: LighthouseSummary): void {
  const tag = `[${label}]`;
  line(
    `  ${tag}`,
    `performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r["best-practices"]}, SEO ${r.seo}`,
  );
  line(
    "",
    `  TBT ${fmt(r.tbtMs, 0)} ms, TTI ${s(r.ttiMs)}, LCP ${s(r.lcpMs)}, FCP ${s(r.fcpMs)}, SI ${s(r.speedIndexMs)}, CLS ${fmt(r.cls, 3)}`,
  );
  const kb = (type: string) => fmt(r.transferKb[type] ?? 0);
  line(
    "",
    `  transferred ${kb("total")} KB: document ${kb("document")}, script ${kb("script")}, image ${kb("image")}, CSS ${kb("stylesheet")}, font ${kb("font")}`,
  );
  line(
    "",
    `  CPU benchmark index ${fmt(r.benchmarkIndex, 0)} (median of these runs; lower = slower or busier)`,
  );
}

/** The 1, 5 and 15 minute load averages: two cores shared with other work make every CPU figure move. */
function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "n/a";
  }
}

/** bench/results/ is git-ignored; open the file in the Lighthouse viewer or read it with jq. */
function saveReport(name: string, r: LighthouseSummary): string {
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `lighthouse-${name}.json`);
  writeFileSync(file, JSON.stringify(r.report));
  return file;
}

function printDetails(r: LighthouseSummary, reportFile: string): void {
  line("", `median run's report (${fmt(r.cpuSlowdown.median)}× CPU): ${reportFile}`);
  for (const f of r.flagged)
    line("", `flagged (${f.category}): ${f.id}${f.display ? ` — ${f.display}` : ""}`);
  const scripts = r.bootup.filter((b) => b.totalMs >= 50).slice(0, 6);
  for (const b of scripts)
    line(
      "",
      `main thread ${fmt(b.totalMs, 0)} ms (script ${fmt(b.scriptingMs, 0)} ms): ${b.url.replace(/^https?:\/\/[^/]+/, "")}`,
    );
}
