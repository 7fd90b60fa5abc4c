import { randomUUID } from "node:crypto";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { describe, expect, test } from "vitest";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { testDb } from "@/test/db";

/** Our Auth.js tables must fit the adapter on both drivers: what sign-in and every session lookup use. */
describe("Auth.js Drizzle adapter on our schema", () => {
  const adapter = () =>
    DrizzleAdapter(testDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    });

  test("magic link round trip: token used once, user created, session found with its user", async () => {
    const a = adapter();
    const email = `adapter-${randomUUID().slice(0, 8)}@example.com`;
    const expires = new Date(Date.now() + 60_000);
    await a.createVerificationToken!({ identifier: email, token: "hashed-token", expires });
    expect(await a.useVerificationToken!({ identifier: email, token: "hashed-token" })).toMatchObject({
      identifier: email,
    });
    expect(await a.useVerificationToken!({ identifier: email, token: "hashed-token" })).toBeNull();

    const user = await a.createUser!({ id: randomUUID(), email, emailVerified: new Date(), name: null });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    const sessionToken = randomUUID();
    await a.createSession!({ sessionToken, userId: user.id, expires });
    const found = await a.getSessionAndUser!(sessionToken);
    expect(found?.user.email).toBe(email);
    await a.deleteSession!(sessionToken);
    expect(await a.getSessionAndUser!(sessionToken)).toBeNull();
  });

  test("an OAuth account links to its user", async () => {
    const a = adapter();
    const user = await a.createUser!({
      id: randomUUID(),
      email: `gh-${randomUUID().slice(0, 8)}@example.com`,
      emailVerified: null,
    });
    const providerAccountId = randomUUID();
    await a.linkAccount!({ userId: user.id, type: "oauth", provider: "github", providerAccountId });
    expect((await a.getUserByAccount!({ provider: "github", providerAccountId }))?.id).toBe(user.id);
  });
});
