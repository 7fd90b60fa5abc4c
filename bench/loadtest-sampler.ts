import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { postgresCpuMs } from "./cpu";

/**
 * What the database (and, when local, the app server) does during a step: Postgres's CPU from /proc (the
 * postmaster and its backends), the app server's CPU (its process group, Postgres excluded), and client
 * connections from pg_stat_activity, sampled every 250 ms. CPU is a share of one core (200 % = both cores here).
 */
export type Usage = {
  pgCpuPercent: number | null;
  appCpuPercent: number | null;
  connectionsMax: number | null;
  activeMax: number | null;
};

export class Sampler {
  private timer: NodeJS.Timeout | null = null;
  private started = 0;
  private pgCpuStart = 0;
  private appCpuStart = 0;
  private connectionsMax = 0;
  private activeMax = 0;
  private client: pg.Client | null = null;

  constructor(
    private readonly options: { databaseUrl?: string; postmasterPid?: number; appProcessGroup?: number },
  ) {}

  async open(): Promise<void> {
    if (!this.options.databaseUrl) return;
    this.client = new pg.Client({ connectionString: this.options.databaseUrl });
    await this.client.connect();
  }

  start(): void {
    this.started = performance.now();
    this.pgCpuStart = this.pgCpu();
    this.appCpuStart = this.appCpu();
    this.connectionsMax = 0;
    this.activeMax = 0;
    if (!this.client) return;
    const client = this.client;
    let busy = false;
    this.timer = setInterval(() => {
      if (busy) return;
      busy = true;
      client
        .query<{ total: number; active: number }>(
          `select count(*)::int as total, (count(*) filter (where state = 'active'))::int - 1 as active
           from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`,
        )
        .then(({ rows }) => {
          this.connectionsMax = Math.max(this.connectionsMax, rows[0]!.total);
          this.activeMax = Math.max(this.activeMax, rows[0]!.active + 1);
        })
        .catch(() => {})
        .finally(() => (busy = false));
    }, 250);
  }

  stop(): Usage {
    if (this.timer) clearInterval(this.timer);
    const wall = performance.now() - this.started;
    const { postmasterPid, appProcessGroup } = this.options;
    return {
      pgCpuPercent: postmasterPid ? (100 * (this.pgCpu() - this.pgCpuStart)) / wall : null,
      appCpuPercent: appProcessGroup ? (100 * (this.appCpu() - this.appCpuStart)) / wall : null,
      connectionsMax: this.client ? this.connectionsMax : null,
      activeMax: this.client ? this.activeMax : null,
    };
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.client?.end();
  }

  private pgCpu(): number {
    return this.options.postmasterPid ? postgresCpuMs(this.options.postmasterPid) : 0;
  }

  /** CPU ms of every process in the app server's group except Postgres's (the Next server, mostly). */
  private appCpu(): number {
    const group = this.options.appProcessGroup;
    if (!group) return 0;
    let ticks = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== group || comm === "postgres") continue;
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // gone meanwhile
      }
    }
    return ticks * 10; // USER_HZ 100
  }
}
