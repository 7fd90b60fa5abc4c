import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalPostgres } from "../db/local-server";
import { migrateDatabase } from "../db/migrate";
import { unusedPort } from "./failures";
import { startWsProxy } from "./ws-proxy";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    wsProxyPort: number;
  }
}

/**
 * Integration tests run against a real Postgres started here (fsync off: speed over durability, for tests only),
 * with the committed migrations applied, plus the WebSocket proxy the Neon driver needs to reach it.
 */
export default async function setup(project: TestProject) {
  const port = await unusedPort();
  const dataDir = path.join(process.cwd(), ".data", `test-pg-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startLocalPostgres({
    dataDir,
    port,
    database: "swagstand_test",
    fast: true,
    persistent: false,
  });
  await migrateDatabase(server.url);
  const proxy = await startWsProxy();
  project.provide("databaseUrl", server.url);
  project.provide("wsProxyPort", proxy.port);
  return async () => {
    await proxy.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
