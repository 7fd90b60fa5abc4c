/**
 * Loaded into the Next server by `npm run bench -- profile` only (NODE_OPTIONS=--import, see bench/profile.ts),
 * never by `npm start`. On SIGUSR2 it starts a phase: a V8 CPU profile of this process (node:inspector, 100 µs
 * sampling), a count of every Postgres statement the pg driver sends and of every HTTP request the server
 * receives (the redirect after a server action is one: Next fetches the confirmation page from itself). On the
 * next SIGUSR2 it stops and writes `<dir>/phase-<n>.json` ({ profile, statements, requests }).
 * Plain JavaScript: it runs before anything is compiled, like scripts/peer-address.mjs.
 */
import { writeFileSync } from "node:fs";
import http from "node:http";
import inspector from "node:inspector";
import { createRequire } from "node:module";
import path from "node:path";

const dir = process.env.SWAGSTAND_PROFILE_DIR;

if (dir) {
  let statements = new Map();
  let requests = new Map();
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

  // The app's pg (an external package of the server bundle) is this very module: Node caches it by real path.
  try {
    const pg = createRequire(path.join(process.cwd(), "package.json"))("pg");
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function countedQuery(config, ...rest) {
      const text = typeof config === "string" ? config : config?.text;
      if (typeof text === "string") bump(statements, statementLabel(text));
      return query.call(this, config, ...rest);
    };
  } catch {
    // not a process that uses pg
  }

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function countedEmit(event, request, ...rest) {
    if (event === "request" && request?.headers) {
      const route = `${request.method} ${routeLabel(request.url ?? "")}${request.headers.rsc ? " (RSC)" : ""}`;
      bump(requests, route);
    }
    return emit.call(this, event, request, ...rest);
  };
  const listen = http.Server.prototype.listen;
  http.Server.prototype.listen = function listenAndTell(...args) {
    writeFileSync(path.join(dir, "server.pid"), String(process.pid));
    return listen.apply(this, args);
  };

  const session = new inspector.Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  let phase = 0;
  let running = false;
  let cpuAtStart = process.cpuUsage();
  process.on("SIGUSR2", async () => {
    if (!running) {
      running = true;
      statements = new Map();
      requests = new Map();
      await post("Profiler.enable");
      await post("Profiler.setSamplingInterval", { interval: 100 });
      await post("Profiler.start");
      cpuAtStart = process.cpuUsage();
      writeFileSync(path.join(dir, `started-${phase}`), "");
    } else {
      running = false;
      // The process's own CPU time: on a busy machine the sampler also counts time the thread waited for a core.
      const cpu = process.cpuUsage(cpuAtStart);
      const { profile } = await post("Profiler.stop");
      const result = {
        profile,
        cpuMs: (cpu.user + cpu.system) / 1000,
        statements: Object.fromEntries(statements),
        requests: Object.fromEntries(requests),
      };
      writeFileSync(path.join(dir, `phase-${phase++}.json`), JSON.stringify(result));
    }
  });
}

/** A statement's first words, without parameters or identifiers that change per order. */
function statementLabel(text) {
  return text.replace(/\s+/g, " ").replace(/"/g, "").trim().slice(0, 70);
}

/** A request path with private tokens and ids folded, so one route is one line. */
function routeLabel(url) {
  const [pathname] = url.split("?");
  return pathname
    .replace(/\/(confirmation|my-order)\/[^/]+/, "/$1/<token>")
    .replace(/\/s\/[^/]+/, "/s/<slug>");
}
