import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

/**
 * First-load JavaScript per attendee route, from Next 16's .next/diagnostics/route-bundle-stats.json.
 * "Own" JavaScript is what a route loads beyond the platform home `/`, which has no client code of ours.
 */
export function attendeeBundles() {
  const stats = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
  ) as RouteStats[];
  const baseline = new Set(stats.find((r) => r.route === "/")?.firstLoadChunkPaths ?? []);
  const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  return stats
    .filter((r) => r.route.startsWith("/s/"))
    .map((r) => {
      const own = r.firstLoadChunkPaths.filter((f) => !baseline.has(f));
      return {
        route: r.route,
        totalGzipKb: gz(r.firstLoadChunkPaths) / 1024,
        ownGzipKb: gz(own) / 1024,
        ownChunks: own.length,
      };
    });
}
