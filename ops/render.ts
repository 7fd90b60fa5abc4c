import path from "node:path";
import { format, resolveConfig } from "prettier";
import { alertsYaml, dashboardJson } from "./definitions";

/** The generated files as they are checked in: formatted with the repository's Prettier settings. */
export async function renderOpsFiles(): Promise<Record<string, string>> {
  const files = {
    "ops/prometheus/alerts.yml": alertsYaml(),
    "ops/grafana/swagstand.json": dashboardJson(),
  };
  const root = path.join(import.meta.dirname, "..");
  const out: Record<string, string> = {};
  for (const [file, text] of Object.entries(files)) {
    const filepath = path.join(root, file);
    out[file] = await format(text, { ...(await resolveConfig(filepath)), filepath });
  }
  return out;
}
