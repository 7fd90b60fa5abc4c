import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { memberships, sessions } from "@/db/schema";
import { toSearchParams, type OrderFilters } from "@/lib/orders/manage/order-filters";
import { fmt, summarise } from "./stats";

const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

/**
 * The same scenarios as the organiser sees them: the orders page rendered by the production server (session
 * cookie, authorisation, queries, React server rendering), requested one after another, and the CSV export
 * downloaded over HTTP.
 */
export async function benchOrdersDashboardHttp({
  db,
  base,
  orgId,
  eventId,
  userId,
  scenarios,
  iterations = 40,
}: {
  db: Db;
  base: string;
  orgId: string;
  eventId: string;
  userId: string;
  scenarios: { name: string; filters: OrderFilters }[];
  iterations?: number;
}): Promise<void> {
  const token = randomBytes(32).toString("hex");
  await db.insert(memberships).values({ orgId, userId, role: "owner" }).onConflictDoNothing();
  await db
    .insert(sessions)
    .values({ sessionToken: token, userId, expires: new Date(Date.now() + 3_600_000) });
  const headers = { cookie: `authjs.session-token=${token}` };
  const ordersUrl = `${base}/dashboard/${orgId}/events/${eventId}/orders`;

  for (const scenario of scenarios) {
    const query = toSearchParams(scenario.filters, { cursor: scenario.filters.cursor }).toString();
    const url = query ? `${ordersUrl}?${query}` : ordersUrl;
    const get = async () => {
      const start = performance.now();
      const response = await fetch(url, { headers, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bench: ${url} answered ${response.status}`);
      return performance.now() - start;
    };
    for (let i = 0; i < 3; i++) await get();
    const latencies: number[] = [];
    for (let i = 0; i < iterations; i++) latencies.push(await get());
    const s = summarise(latencies);
    line(`HTTP page: ${scenario.name}`, `p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms`);
  }

  const start = performance.now();
  const response = await fetch(`${ordersUrl}/export`, { headers });
  let bytes = 0;
  for await (const chunk of response.body!) bytes += (chunk as Uint8Array).byteLength;
  line(
    "HTTP export: all orders, CSV",
    `${fmt((performance.now() - start) / 1000, 2)} s, ${fmt(bytes / 1024 / 1024, 1)} MB (status ${response.status})`,
  );
}
