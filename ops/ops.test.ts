import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMetrics } from "@/lib/observability/metrics";
import { familyNames, parseExposition } from "@/test/prometheus-text";
import { alertRules, metricFamily, metricNamesIn, PROMETHEUS_BUILTIN_METRICS } from "./definitions";
import { renderOpsFiles } from "./render";

const root = path.join(import.meta.dirname, "..");
const read = (file: string) => readFile(path.join(root, file), "utf8");

/** A YAML scalar as the generator writes it: plain, 'single-quoted' ('' is a quote) or "double-quoted" (JSON). */
function yamlScalar(raw: string): string {
  const text = raw.trim();
  if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  if (text.startsWith('"')) return JSON.parse(text) as string;
  return text;
}

/** The alert rules of alerts.yml: each `- alert:` with the `expr:` that follows it. */
function parseAlerts(yaml: string): { alert: string; expr: string }[] {
  const rules: { alert: string; expr: string }[] = [];
  for (const line of yaml.split("\n")) {
    const alert = /^\s*- alert:\s*(.+)$/.exec(line);
    if (alert) rules.push({ alert: yamlScalar(alert[1]!), expr: "" });
    const expr = /^\s+expr:\s*(.+)$/.exec(line);
    if (expr) {
      const rule = rules.at(-1);
      if (!rule || rule.expr) throw new Error(`expr without its alert: ${line}`);
      rule.expr = yamlScalar(expr[1]!);
    }
  }
  return rules;
}

/** `### Name` headings inside docs/operations.md's "## Alerts and runbook" section. */
function runbookHeadings(markdown: string): Set<string> {
  const section = markdown.split(/^## /m).find((s) => s.startsWith("Alerts and runbook"));
  if (!section) throw new Error('docs/operations.md has no "## Alerts and runbook" section');
  return new Set([...section.matchAll(/^### (\S+)\s*$/gm)].map((m) => m[1]!));
}

async function exportedFamilies(): Promise<Set<string>> {
  return familyNames(parseExposition(await renderMetrics()));
}

function unknownMetrics(expr: string, families: Set<string>): string[] {
  return metricNamesIn(expr).filter(
    (name) => !PROMETHEUS_BUILTIN_METRICS.has(name) && !metricFamily(name, families),
  );
}

describe("ops/ (alerts and dashboard)", () => {
  it("checked-in files are what ops/definitions.ts generates (npx tsx scripts/generate-ops.ts)", async () => {
    for (const [file, text] of Object.entries(await renderOpsFiles()))
      expect(await read(file), file).toBe(text);
  });

  it("every alert in alerts.yml reads only metrics /api/metrics exports, and has a runbook entry", async () => {
    const alerts = parseAlerts(await read("ops/prometheus/alerts.yml"));
    expect(alerts.map((a) => a.alert)).toEqual(alertRules.map((a) => a.alert));
    const families = await exportedFamilies();
    const runbook = runbookHeadings(await read("docs/operations.md"));
    for (const { alert, expr } of alerts) {
      expect(metricNamesIn(expr).length, alert).toBeGreaterThan(0);
      expect(unknownMetrics(expr, families), alert).toEqual([]);
      expect(runbook.has(alert), `docs/operations.md lacks "### ${alert}"`).toBe(true);
    }
  });

  it("the five alerts the issue asks for are there", () => {
    const names = alertRules.map((a) => a.alert);
    for (const name of [
      "SwagstandErrorRate",
      "SwagstandOrderLatencyP99",
      "SwagstandOutboxStuck",
      "SwagstandNotReady",
      "SwagstandDatabaseConnectionsNearLimit",
    ])
      expect(names).toContain(name);
  });

  it("every dashboard panel reads only metrics /api/metrics exports", async () => {
    const dashboard = JSON.parse(await read("ops/grafana/swagstand.json")) as {
      panels: { title: string; targets: { expr: string }[] }[];
    };
    const families = await exportedFamilies();
    expect(dashboard.panels.length).toBeGreaterThan(10);
    for (const panel of dashboard.panels)
      for (const { expr } of panel.targets) expect(unknownMetrics(expr, families), panel.title).toEqual([]);
  });
});

describe("metricNamesIn", () => {
  it("finds metric names and ignores functions, grouping labels, matchers, durations and numbers", () => {
    expect(
      metricNamesIn(
        'histogram_quantile(0.99, sum by (le, route_name) (rate(x_seconds_bucket{outcome="placed",a_b="c_d"}[5m]))) > 1',
      ),
    ).toEqual(["x_seconds_bucket"]);
    expect(metricNamesIn('a_total / b_total > 0.8 and c_gauge == 0 or up{job="x"} == 0')).toEqual([
      "a_total",
      "b_total",
      "c_gauge",
      "up",
    ]);
  });

  it("maps histogram series to their family", () => {
    const families = new Set(["x_seconds"]);
    expect(metricFamily("x_seconds_bucket", families)).toBe("x_seconds");
    expect(metricFamily("x_seconds_count", families)).toBe("x_seconds");
    expect(metricFamily("y_total", families)).toBeUndefined();
  });
});
