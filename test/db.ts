import { randomUUID } from "node:crypto";
import { neonConfig } from "@neondatabase/serverless";
import { afterAll, inject } from "vitest";
import { createDb, setDbHandle, type Db, type DbHandle } from "@/db/client";
import { organisations } from "@/db/schema";

let handle: DbHandle | undefined;

/** The driver under test: each integration project sets TEST_DB_DRIVER (see vitest.config.ts). */
export function testDriver(): "node-postgres" | "neon" {
  return process.env.TEST_DB_DRIVER === "neon" ? "neon" : "node-postgres";
}

/** A database handle for this test file, also installed as the app's getDb() so domain code uses it. */
export function testDb(): Db {
  if (!handle) {
    const url = inject("databaseUrl");
    if (testDriver() === "neon") {
      const proxyPort = inject("wsProxyPort");
      neonConfig.wsProxy = (host, port) => `127.0.0.1:${proxyPort}/v2?address=${host}:${port}`;
      neonConfig.useSecureWebSocket = false;
      neonConfig.pipelineConnect = false;
      neonConfig.pipelineTLS = false;
      neonConfig.coalesceWrites = false;
    }
    // Concurrency tests queue hundreds of callers on this pool and on the same rows (120 orders on three
    // variants, 500 on one): waiting for a connection or a row lock is expected there, not an outage, so the
    // request limits of db/timeouts.ts are raised. test/database-outage.integration.test.ts uses them as is.
    handle = createDb({
      url,
      driver: testDriver(),
      max: 30,
      connectionTimeoutMillis: 60_000,
      timeouts: { queryTimeoutMillis: 60_000, statementTimeoutMillis: 60_000 },
    });
    setDbHandle(handle);
    afterAll(async () => {
      setDbHandle(undefined);
      await handle?.close();
      handle = undefined;
    });
  }
  return handle.db;
}

/** Each test makes its own organisation so tests never see each other's rows. */
export async function createTestOrg(db: Db, name = `Test org ${randomUUID().slice(0, 8)}`) {
  const [org] = await db.insert(organisations).values({ name }).returning();
  if (!org) throw new Error("could not create a test organisation");
  return org;
}

/** A slug no other test uses. */
export function uniqueSlug(prefix = "ev"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
