import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { runLoadTest } from "../bench/loadtest-run";
import { e2eDb } from "./support/db";

/**
 * `npm run loadtest -- --smoke` as CI runs it (issue 14): the load test's own code (bench/loadtest-run.ts)
 * drives the end-to-end server — the production build this suite already started, so CI builds nothing more —
 * through the landing page, the order page and the natively posted order form, 20 attendees on 2
 * connections, a few seconds. Asserts no errors and every order in the database; never a time.
 * 20 orders stay under the per-client order limit (30 a minute per event), which the e2e server keeps.
 */

const DEMO_ORG_ID = "00000000-0000-4000-8000-000000000001";

async function createLoadTestEvent(): Promise<{ slug: string; eventId: string }> {
  const db = e2eDb();
  const slug = `loadtest-${randomUUID().slice(0, 8)}`;
  const event = await db.query<{ id: string }>(
    `insert into events (org_id, slug, name, status, time_zone, reference_prefix)
     values ($1, $2, 'Load test', 'published', 'Europe/Amsterdam', 'LDT') returning id`,
    [DEMO_ORG_ID, slug],
  );
  const eventId = event.rows[0]!.id;
  const item = await db.query<{ id: string }>(
    `insert into items (event_id, name, max_per_order) values ($1, 'Sticker', 1) returning id`,
    [eventId],
  );
  await db.query(
    `insert into variants (item_id, event_id, label, stock, display_order) values ($1, $2, 'One', 100000, 0)`,
    [item.rows[0]!.id, eventId],
  );
  return { slug, eventId };
}

test("the load test's smoke run: 20 attendees order through the real path with no errors", async () => {
  const { slug, eventId } = await createLoadTestEvent();
  const base = new URL(test.info().project.use.baseURL!);
  const report = await runLoadTest({
    target: { origin: base.origin, host: `${slug}.${base.host}` },
    steps: [2],
    stepSeconds: 5,
    p99LimitMs: Number.POSITIVE_INFINITY, // a smoke run has no timed pass/fail
    attendeesPerStep: 20,
  });
  const [step] = report.steps;
  expect(step?.errorSamples).toEqual([]);
  expect(step?.errors).toBe(0);
  expect(step?.orders).toBe(20);
  const { rows } = await e2eDb().query<{ n: string }>(
    "select count(*) as n from orders where event_id = $1",
    [eventId],
  );
  expect(Number(rows[0]!.n)).toBe(20);
});
