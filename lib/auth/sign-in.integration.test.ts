import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { limits } from "@/lib/limits";
import { testDb } from "@/test/db";
import { checkSignInRateLimit } from "./sign-in";

const uniqueIp = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe("sign-in rate limits (counters in Postgres)", () => {
  test(`one email gets ${limits.signInPerEmail} links per window, whatever its case and whichever IP asks`, async () => {
    const db = testDb();
    const email = `limit-${randomUUID().slice(0, 8)}@example.com`;
    const results = [];
    for (let i = 0; i < limits.signInPerEmail + 1; i++) {
      const variant = i % 2 === 0 ? email : email.toUpperCase();
      results.push(await checkSignInRateLimit(db, { email: variant, clientAddress: uniqueIp() }));
    }
    expect(results.slice(0, limits.signInPerEmail)).toEqual(Array(limits.signInPerEmail).fill(null));
    const refused = results.at(-1);
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    expect(refused && !refused.ok && refused.message).toMatch(/Please wait \d+ minutes? and try again/);
  });

  test(`one IP gets ${limits.signInPerIp} links per window across many addresses`, async () => {
    const db = testDb();
    const ip = uniqueIp();
    const results = [];
    for (let i = 0; i < limits.signInPerIp + 1; i++) {
      results.push(
        await checkSignInRateLimit(db, { email: `probe-${randomUUID()}@example.com`, clientAddress: ip }),
      );
    }
    expect(results.filter((r) => r === null)).toHaveLength(limits.signInPerIp);
    expect(results.at(-1)).toMatchObject({ ok: false, code: "rate_limited" });
  });
});
