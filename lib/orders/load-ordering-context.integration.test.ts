import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it, inject } from "vitest";
import { createDb } from "@/db/client";
import { testDb, testDriver } from "@/test/db";
import { loadOrderingContext } from "./load-ordering-context";
import { createOrderFixture } from "./test-fixtures";

/**
 * Issue 15 / ADR 023: without contention, planning was most of what the order path's one statement before the
 * transaction cost, and nearly all that the rate-limit count in it added. The statement is prepared once per connection, in
 * both its variants, and each later order only executes it.
 */
describe(`loading the ordering context (${testDriver()})`, () => {
  // One connection, so the prepared statements this handle made are the ones its session lists.
  const single = createDb({ url: inject("databaseUrl"), driver: testDriver(), max: 1 });
  afterAll(() => single.close());

  it("is a named prepared statement, parsed once and executed for every order, with and without the count", async () => {
    const fixture = await createOrderFixture(testDb(), {
      formFields: null,
      items: [{ name: "Sticker", variants: [{ label: "One", stock: 10 }] }],
    });
    for (let i = 0; i < 3; i++) {
      const plain = await loadOrderingContext({ db: single.db, eventSlug: fixture.event.slug });
      expect(plain).toMatchObject({ event: { id: fixture.event.id }, counted: null });
      const counted = await loadOrderingContext({
        db: single.db,
        eventSlug: fixture.event.slug,
        claim: { clientSubject: "203.0.113.7", clientCounts: 1, eventCounts: 1 },
      });
      expect(counted?.counted?.map((row) => row.key).sort()).toEqual(
        [`order:client:${fixture.event.id}:203.0.113.7`, `order:event:${fixture.event.id}`].sort(),
      );
      expect(counted?.counted?.every((row) => Number(row.count) === i + 1)).toBe(true);
    }
    // An unknown event is still simply not found.
    expect(await loadOrderingContext({ db: single.db, eventSlug: "no-such-event" })).toBeNull();

    const prepared = await single.db.execute<{ name: string; executions: number }>(sql`
      select name, (generic_plans + custom_plans)::int as executions from pg_prepared_statements
       where name like 'ordering_context%' order by name`);
    expect(prepared.rows).toEqual([
      { name: "ordering_context", executions: 4 },
      { name: "ordering_context_counted", executions: 3 },
    ]);
  });
});
