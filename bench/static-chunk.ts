import { readFileSync } from "node:fs";

/** The first framework chunk of the home page: the static file the landing page is compared with. */
export function firstStaticChunk(): string {
  const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const chunk = stats.find((r) => r.route === "/")?.firstLoadChunkPaths[0];
  return chunk ? `/${chunk.replace(/^\.next\//, "_next/")}` : "/favicon.ico";
}
