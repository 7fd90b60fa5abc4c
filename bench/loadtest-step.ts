import autocannon from "autocannon";
import { orderFormBody, parseOrderForm, type OrderForm } from "./loadtest-form";
import { summarise } from "./stats";

/**
 * One step of the ramp: `connections` attendees, each going round the real path for `seconds` (or until
 * `attendees` have ordered): the landing page, the order page, and the order form posted natively with a new
 * email. An answer is an error unless it is what a browser expects: 200 for the pages (with an order form on
 * the order page), 303 to the confirmation page for the order (anything else, a refusal included, counts).
 */
export type Target = {
  /** Where to connect, e.g. http://localhost:3200. */
  origin: string;
  /** The event's host, sent as Host (Node cannot resolve *.localhost); e.g. devconf.localhost:3200. */
  host: string;
};

export type StepResult = {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  orders: number;
  ordersPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first few distinct error descriptions, to say what went wrong. */
  errorSamples: string[];
};

type Context = { form?: OrderForm | null };

export async function runStep({
  target,
  connections,
  seconds,
  attendees,
  emailPrefix,
  timeoutSeconds = 10,
}: {
  target: Target;
  connections: number;
  seconds: number;
  /** Stop after this many attendees' rounds instead (smoke: stay under the per-client order rate limit). */
  attendees?: number;
  emailPrefix: string;
  timeoutSeconds?: number;
}): Promise<StepResult> {
  let sequence = 0;
  let orders = 0;
  let errors = 0;
  const samples = new Set<string>();
  const fail = (what: string) => {
    errors++;
    if (samples.size < 5) samples.add(what);
  };
  const latencies: number[] = [];
  const headers = { host: target.host, "user-agent": "swagstand-loadtest", accept: "text/html" };

  let finish!: (result: autocannon.Result) => void;
  let crash!: (error: Error) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (crash = reject)));
  const instance = autocannon(
    {
      url: target.origin,
      connections,
      ...(attendees ? { amount: attendees * 3 } : { duration: seconds }),
      timeout: timeoutSeconds,
      headers,
      requests: [
        {
          method: "GET",
          path: "/",
          onResponse: (status) => {
            if (status !== 200) fail(`landing page answered ${status}`);
          },
        },
        {
          method: "GET",
          path: "/order",
          onResponse: (status, body, context) => {
            const form = status === 200 ? parseOrderForm(body) : null;
            (context as Context).form = form;
            if (!form)
              fail(status === 200 ? "order page without an order form" : `order page answered ${status}`);
          },
        },
        {
          method: "POST",
          path: "/order",
          setupRequest: (request, context) => {
            const form = (context as Context).form;
            if (!form) return null as unknown as autocannon.Request; // start the round again
            const n = sequence++;
            const { body, contentType } = orderFormBody(form, {
              name: `Load Test ${n}`,
              email: `${emailPrefix}-${n}@example.com`,
            });
            return {
              ...request,
              body,
              headers: {
                ...headers,
                origin: `${new URL(target.origin).protocol}//${target.host}`,
                "content-type": contentType,
              },
            };
          },
          onResponse: (status, _body, _context, responseHeaders) => {
            // Raw header names, as the server spelled them.
            const entry = Object.entries(responseHeaders ?? {}).find(
              ([name]) => name.toLowerCase() === "location",
            );
            const location = String(entry?.[1] ?? "");
            if (status === 303 && location.includes("/order/confirmation/")) orders++;
            else {
              fail(
                status === 200
                  ? "order refused (the form came back)"
                  : `order answered ${status}${location ? ` to ${location.replace(/[?#].*/, "")}` : ""}`,
              );
            }
          },
        },
      ],
    },
    (error, result) => (error ? crash(error) : finish(result)),
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  // autocannon's errors: connection errors and timeouts (which it also counts apart).
  if (result.errors > 0) {
    errors += result.errors;
    samples.add(
      `${result.errors} connection errors, of which ${result.timeouts} timeouts (> ${timeoutSeconds} s)`,
    );
  }
  const elapsed = result.duration;
  const { p50, p95, p99 } = summarise(latencies);
  return {
    connections,
    seconds: elapsed,
    requests: latencies.length,
    requestsPerSecond: latencies.length / elapsed,
    orders,
    ordersPerSecond: orders / elapsed,
    p50,
    p95,
    p99,
    errors,
    errorSamples: [...samples],
  };
}
