import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time used so far by this process and, given the postmaster's pid, by Postgres (the postmaster and its
 * children, read from /proc; Linux only, else 0 for Postgres). On a machine whose two cores are shared, the
 * CPU an order costs is a steadier figure than its rate: what other work does to the rate, it does far less
 * to the CPU time (ADR 023).
 */
export function cpuMs(postgresPid: number | undefined): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000 + (postgresPid === undefined ? 0 : postgresCpuMs(postgresPid));
}

/** CPU milliseconds used so far by a postmaster and its current children (backends, background workers). */
export function postgresCpuMs(postgresPid: number): number {
  let total = 0;
  // utime and stime (clock ticks); for the postmaster also cutime and cstime, the time of the children it has
  // reaped, so a backend that exits (an idle pool connection closed) keeps counting.
  const ticks = (pid: number, withReaped = false) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      const own = Number(fields[11]) + Number(fields[12]);
      return withReaped ? own + Number(fields[13]) + Number(fields[14]) : own;
    } catch {
      return 0;
    }
  };
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${postgresPid}/task/${postgresPid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return total;
  }
  const tickMs = 10; // USER_HZ is 100 on Linux
  total += ticks(postgresPid, true) * tickMs;
  for (const pid of children) total += ticks(pid) * tickMs;
  return total;
}

/** The pid of the postmaster listening on `port` on this machine (from /proc), if any. */
export function postmasterPidOnPort(port: number): number | undefined {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (!args[0]?.endsWith("/postgres")) continue;
      const at = args.indexOf("-p");
      if (at >= 0 && args[at + 1] === String(port)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}
