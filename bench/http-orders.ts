import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { OrderFixture } from "@/lib/orders/test-fixtures";
import { benchInput } from "./fixtures";
import { summarise } from "./stats";

/** The id Next gave `placeOrderAction` in this build: the bench calls it exactly as the browser does. */
export function placeOrderActionId(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === "placeOrderAction" && v.filename?.includes("order/actions"),
  );
  if (!entry) throw new Error("placeOrderAction not found in the build's server-reference-manifest.json");
  return entry[0];
}

type Outcome = "placed" | "refused" | "error";

/**
 * One server-action POST through the subdomain rewrite. Success is the confirmation page's path in the answer
 * (`confirmationPath`, ADR 023), or in `x-action-redirect` from a build before that change.
 */
function postOrder(
  agent: http.Agent,
  port: number,
  host: string,
  actionId: string,
  body: string,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "localhost",
        port,
        path: "/order",
        method: "POST",
        agent,
        headers: {
          host,
          origin: `http://${host}`,
          "next-action": actionId,
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        const redirect = String(res.headers["x-action-redirect"] ?? "");
        let answer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (answer += chunk));
        res.on("end", () =>
          resolve(
            redirect.includes("/order/confirmation/") ||
              answer.includes('"confirmationPath":"/order/confirmation/')
              ? "placed"
              : res.statusCode === 200
                ? "refused"
                : "error",
          ),
        );
      },
    );
    req.on("error", () => resolve("error"));
    req.end(body);
  });
}

/** (a) Orders through the real HTTP path: `connections` clients posting the order server action for `seconds`. */
export async function benchHttpOrders({
  port,
  host,
  fixture,
  seconds,
  connections,
}: {
  port: number;
  host: string;
  fixture: OrderFixture;
  seconds: number;
  connections: number;
}) {
  const actionId = placeOrderActionId();
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const counts: Record<Outcome, number> = { placed: 0, refused: 0, error: 0 };
  let n = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const body = JSON.stringify([fixture.event.slug, benchInput(fixture, n++)]);
        const t = performance.now();
        const outcome = await postOrder(agent, port, host, actionId, body);
        latencies.push(performance.now() - t);
        counts[outcome]++;
      }
    }),
  );
  agent.destroy();
  const elapsed = (Date.now() - started) / 1000;
  return { ordersPerSecond: counts.placed / elapsed, ...counts, ...summarise(latencies) };
}
