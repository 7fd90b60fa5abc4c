import { createDb } from "@/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { benchInput, createBenchEvent, stockOf } from "./fixtures";
import { summarise } from "./stats";

/**
 * (b) The order transaction straight against Postgres: `placeOrder` in this process, a pool of 20,
 * `concurrency` callers for `seconds`. The database's own ceiling for this workload on this machine.
 * `rateLimited`: each order counts against the per-client and per-event limits first, as the server action
 * does (raised by RATE_LIMIT_FACTOR so the bench is not refused); without it the check is skipped, which
 * measures what the check costs.
 */
export async function benchDbOrders({
  url,
  seconds,
  concurrency,
  rateLimited,
}: {
  url: string;
  seconds: number;
  concurrency: number;
  rateLimited: boolean;
}) {
  const handle = createDb({ url, driver: "node-postgres", max: 20 });
  try {
    const stock = 10_000_000;
    const fixture = await createBenchEvent(handle.db, stock);
    const variantId = fixture.variants[0]!.id;
    const latencies: number[] = [];
    let ok = 0;
    let failed = 0;
    let n = 0;
    const deadline = Date.now() + seconds * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline) {
          const t = performance.now();
          const result = await placeOrder({
            db: handle.db,
            eventSlug: fixture.event.slug,
            input: benchInput(fixture, n++),
            ...(rateLimited ? { clientAddress: "127.0.0.1" } : {}),
          });
          latencies.push(performance.now() - t);
          if (result.ok) ok++;
          else failed++;
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const consumed = stock - (await stockOf(handle.db, variantId));
    return { ordersPerSecond: ok / elapsed, ok, failed, consumed, ...summarise(latencies) };
  } finally {
    await handle.close();
  }
}
