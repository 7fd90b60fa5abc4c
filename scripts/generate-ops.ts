/** Writes ops/prometheus/alerts.yml and ops/grafana/swagstand.json from ops/definitions.ts (ADR 028). */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { renderOpsFiles } from "../ops/render";

const root = path.join(import.meta.dirname, "..");
for (const [file, text] of Object.entries(await renderOpsFiles())) {
  await writeFile(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
