import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";

/**
 * Direct access to the end-to-end server's database (playwright.config.ts starts it on EMBEDDED_PG_PORT
 * 54349), for fixtures that would be slow or beside the point to build through the UI: a signed-in user.
 */
export const E2E_DATABASE_URL = `postgres://postgres:postgres@localhost:${process.env.E2E_PG_PORT ?? 54349}/swagstand`;

let pool: pg.Pool | undefined;

export function e2eDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: E2E_DATABASE_URL, max: 2 });
  return pool;
}

export type Role = "owner" | "organiser" | "marketer" | "viewer" | "desk";

/** A user with a database session (as Auth.js writes it after a magic link), optionally a member of `orgId`. */
export async function createSignedInUser({
  orgId,
  role,
  email = `e2e-${role ?? "user"}-${randomUUID().slice(0, 8)}@example.com`,
}: {
  orgId?: string;
  role?: Role;
  email?: string;
}): Promise<{ userId: string; email: string; sessionToken: string }> {
  const db = e2eDb();
  const user = await db.query<{ id: string }>(
    `insert into users (email, name, email_verified) values ($1, $2, now())
     on conflict (email) do update set name = excluded.name returning id`,
    [email, `E2E ${role ?? "user"}`],
  );
  const userId = user.rows[0]!.id;
  if (orgId && role) {
    await db.query(
      `insert into memberships (org_id, user_id, role) values ($1, $2, $3)
       on conflict (org_id, user_id) do update set role = excluded.role`,
      [orgId, userId, role],
    );
  }
  const sessionToken = randomBytes(32).toString("hex");
  await db.query(
    `insert into sessions (session_token, user_id, expires) values ($1, $2, now() + interval '1 day')`,
    [sessionToken, userId],
  );
  return { userId, email, sessionToken };
}

/**
 * A published event of the demo organisation with one item in two sizes, made in the database: for specs
 * whose subject is something else (the form builder), so they never touch the seeded events other specs use.
 */
export async function createPublishedEvent({
  orgId,
  slug,
  name,
}: {
  orgId: string;
  slug: string;
  name: string;
}): Promise<{ eventId: string; itemName: string }> {
  const db = e2eDb();
  const event = await db.query<{ id: string }>(
    `insert into events (org_id, slug, name, status, time_zone, reference_prefix)
     values ($1, $2, $3, 'published', 'Europe/Amsterdam', 'FRM') returning id`,
    [orgId, slug, name],
  );
  const eventId = event.rows[0]!.id;
  const item = await db.query<{ id: string }>(
    `insert into items (event_id, name, max_per_order) values ($1, 'Cap', 1) returning id`,
    [eventId],
  );
  await db.query(
    `insert into variants (item_id, event_id, label, stock, display_order) values ($1, $2, 'S', 10, 0), ($1, $2, 'L', 10, 1)`,
    [item.rows[0]!.id, eventId],
  );
  return { eventId, itemName: "Cap" };
}

/**
 * What the database holds for an attendee's email address: their orders' references and the confirmation
 * emails queued for them (written in the order's own transaction, so counted without waiting for a send).
 */
export async function ordersOf(email: string): Promise<{ references: string[]; confirmationEmails: number }> {
  const db = e2eDb();
  const orders = await db.query<{ reference: string }>(
    `select reference from orders where email_normalised = lower($1) order by created_at`,
    [email],
  );
  const mails = await db.query<{ n: number }>(
    `select count(*)::int as n from outbox_messages where to_address = $1 and template = 'order-confirmation'`,
    [email],
  );
  return { references: orders.rows.map((r) => r.reference), confirmationEmails: mails.rows[0]!.n };
}
