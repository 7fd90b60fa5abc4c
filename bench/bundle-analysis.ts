import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { frameworkChunks, gzipBytes, routeBundleStats } from "./bundle";

/**
 * What a route's first-load JavaScript is made of, module by module, from Next 16's own bundle analyser
 * (`next analyze --output`, Turbopack). The production chunks carry no module names and the build emits no
 * browser source maps, so this is the only offline way to tell react-hook-form from zod from our renderer.
 *
 * The analyser compiles the app again (a few minutes on two cores) into .next/diagnostics/analyze; its
 * chunks have other file names than the build's but the same contents, so each is paired with the build's
 * chunk of nearest size, and each module's share of that chunk's real gzip size is its share of the
 * chunk's per-module compressed sizes (which, compressed one by one, add up to more than the chunk does).
 */

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const ANALYZE_DIR = path.join(".next", "diagnostics", "analyze");

/** Runs the analyser unless its data is newer than the production build. */
export function ensureBundleAnalysis(): void {
  const metadata = path.join(ANALYZE_DIR, "data", "metadata.json");
  const built = statSync(path.join(".next", "BUILD_ID")).mtimeMs;
  if (existsSync(metadata) && statSync(metadata).mtimeMs > built) return;
  console.log("  (running next analyze --output for the module breakdown: a few minutes) ...");
  execFileSync(process.execPath, [NEXT_BIN, "analyze", "--output", "--experimental-app-only"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

type Part = { filename: string; source_path: string; size: number; compressed_size: number };
type Group = { outputs: string[] };

function exportRoute(route: string): { parts: Part[]; groups: Group[] } {
  const jsonl = execFileSync(process.execPath, [NEXT_BIN, "analyze", "export", "--route", route], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const parts: Part[] = [];
  const groups: Group[] = [];
  for (const line of jsonl.split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line) as ({ type: "part" } & Part) | ({ type: "group" } & Group) | { type: "" };
    if (record.type === "part") parts.push(record);
    else if (record.type === "group") groups.push(record);
  }
  return { parts, groups };
}

/** Pairs analyser chunks with build chunks by byte size, closest pairs first. */
function pairBySize(analysed: Map<string, number>, built: Map<string, number>): Map<string, string> {
  const pairs = [...analysed].flatMap(([a, aSize]) =>
    [...built].map(([b, bSize]) => ({ a, b, distance: Math.abs(aSize - bSize) })),
  );
  pairs.sort((x, y) => x.distance - y.distance);
  const paired = new Map<string, string>();
  const used = new Set<string>();
  for (const { a, b, distance } of pairs) {
    if (paired.has(a) || used.has(b) || distance > Math.max(3000, 0.03 * (built.get(b) ?? 0))) continue;
    paired.set(a, b);
    used.add(b);
  }
  return paired;
}

/** Who a module belongs to: an npm package (React DOM and friends are vendored inside next), or our folder. */
export function ownerOf(sourcePath: string): string {
  const p = sourcePath.replace(/^\[project\]\//, "");
  const vendored = /^node_modules\/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(p);
  if (vendored) return vendored[1] === "react-server-dom-turbopack" ? "react-server-dom (RSC)" : vendored[1]!;
  if (p.startsWith("node_modules/zod/")) return `zod/${p.split("/").slice(2, 4).join("/")}`;
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p);
  if (pkg) return pkg[1]!;
  if (p.startsWith("[turbopack]")) return "turbopack runtime";
  const [top, second] = p.split("/");
  return second && (top === "components" || top === "lib") ? `${top}/${second}` : (top ?? p);
}

export type ModuleCost = { source: string; owner: string; gzipBytes: number; own: boolean };

/**
 * Every module in `route`'s first-load JavaScript with its apportioned gzip bytes; `own` when it sits in
 * a chunk that not every page loads (see frameworkChunks).
 */
export function routeModuleCosts(route: string): ModuleCost[] {
  const stats = routeBundleStats().find((r) => r.route === route);
  if (!stats) throw new Error(`bench: ${route} is not in route-bundle-stats.json`);
  const framework = frameworkChunks(routeBundleStats());
  const { parts, groups } = exportRoute(route);
  // The chunks a group (the bootstrap, or what a rendered segment needs) loads before the page is usable.
  const firstLoad = new Set(groups.flatMap((g) => g.outputs).filter((f) => f.endsWith(".js")));
  const mine = parts.filter((p) => firstLoad.has(p.filename));

  const analysedSize = new Map<string, number>();
  const compressed = new Map<string, number>();
  for (const p of mine) {
    analysedSize.set(p.filename, (analysedSize.get(p.filename) ?? 0) + p.size);
    compressed.set(p.filename, (compressed.get(p.filename) ?? 0) + p.compressed_size);
  }
  const built = new Map(stats.firstLoadChunkPaths.map((f) => [f, statSync(f).size]));
  const paired = pairBySize(analysedSize, built);
  const totalBuilt = stats.firstLoadChunkPaths.reduce((s, f) => s + gzipBytes(f), 0);
  const totalCompressed = [...compressed.values()].reduce((s, n) => s + n, 0);

  return mine.map((p) => {
    const chunk = paired.get(p.filename);
    const scale = chunk ? gzipBytes(chunk) / (compressed.get(p.filename) ?? 1) : totalBuilt / totalCompressed;
    return {
      source: p.source_path.replace(/^\[project\]\//, ""),
      owner: ownerOf(p.source_path),
      gzipBytes: p.compressed_size * scale,
      own: chunk ? !framework.has(chunk) : true,
    };
  });
}

/** Sums module costs per owner, largest first. */
export function costsByOwner(costs: ModuleCost[]): { owner: string; totalKb: number; ownKb: number }[] {
  const byOwner = new Map<string, { total: number; own: number }>();
  for (const c of costs) {
    const entry = byOwner.get(c.owner) ?? { total: 0, own: 0 };
    entry.total += c.gzipBytes;
    if (c.own) entry.own += c.gzipBytes;
    byOwner.set(c.owner, entry);
  }
  return [...byOwner]
    .map(([owner, { total, own }]) => ({ owner, totalKb: total / 1024, ownKb: own / 1024 }))
    .sort((a, b) => b.totalKb - a.totalKb);
}

/** The analyser's snapshot of which commit it compiled (it records a dirty tree as such). */
export function analysisCommit(): string {
  const metadata = path.join(ANALYZE_DIR, "data", "metadata.json");
  if (!existsSync(metadata)) return "none";
  const m = JSON.parse(readFileSync(metadata, "utf8")) as { gitShortSha?: string; gitDirty?: boolean };
  return `${m.gitShortSha ?? "?"}${m.gitDirty ? " (uncommitted changes)" : ""}`;
}
