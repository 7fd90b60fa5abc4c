import autocannon from "autocannon";

/** (c) A page through the subdomain rewrite, or any path, with `connections` keep-alive connections. */
export async function benchHttpGet({
  url,
  host,
  seconds,
  connections,
}: {
  url: string;
  host?: string;
  seconds: number;
  connections: number;
}) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: host ? { host } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
