import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export type RouteBundle = {
  route: string;
  totalGzipKb: number;
  frameworkGzipKb: number;
  ownGzipKb: number;
  ownChunks: number;
};

/** Next 16's per-route first-load chunk lists (paths relative to the project, ".next/static/chunks/…"). */
export function routeBundleStats(): RouteStats[] {
  return JSON.parse(
    readFileSync(path.join(process.cwd(), ".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
  ) as RouteStats[];
}

const gzipCache = new Map<string, number>();
/** Gzip (level 9, what a CDN serves at best) bytes of one built file. */
export function gzipBytes(file: string): number {
  let bytes = gzipCache.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, bytes);
  }
  return bytes;
}

/**
 * The chunks every page loads (React, the App Router, Turbopack's runtime, the root layout's error
 * boundaries): the intersection of all routes' first-load lists. A route's "own" JavaScript is the rest.
 */
export function frameworkChunks(stats: RouteStats[]): Set<string> {
  const [first, ...rest] = stats.filter((r) => r.firstLoadChunkPaths.length > 0);
  const shared = new Set(first?.firstLoadChunkPaths ?? []);
  for (const r of rest) for (const f of shared) if (!r.firstLoadChunkPaths.includes(f)) shared.delete(f);
  return shared;
}

/** First-load JavaScript of every attendee route (under /s/), gzip, split into framework and own. */
export function attendeeBundles(): RouteBundle[] {
  const stats = routeBundleStats();
  const framework = frameworkChunks(stats);
  const kb = (files: string[]) => files.reduce((sum, f) => sum + gzipBytes(f), 0) / 1024;
  return stats
    .filter((r) => r.route.startsWith("/s/"))
    .map((r) => {
      const own = r.firstLoadChunkPaths.filter((f) => !framework.has(f));
      return {
        route: r.route,
        totalGzipKb: kb(r.firstLoadChunkPaths),
        frameworkGzipKb: kb(r.firstLoadChunkPaths.filter((f) => framework.has(f))),
        ownGzipKb: kb(own),
        ownChunks: own.length,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
