import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import {
  createEventAction,
  checkSlugAvailability,
  updateEventAction,
} from "@/app/dashboard/[orgId]/events/actions";
import { events } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { createTestOrg, testDb, uniqueSlug } from "@/test/db";
import { SLUG_TAKEN_MESSAGE } from "./check-slug";
import { auditOf, eventFormInput } from "./test-helpers";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
const revalidated: string[] = [];
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => void revalidated.push(path),
  revalidateTag: () => {},
  updateTag: () => {},
}));

const db = testDb();
let orgId: string;
let organiser: CurrentUser;

beforeAll(async () => {
  orgId = (await createTestOrg(db)).id;
  organiser = await createTestUser(db, { orgId, role: "organiser" });
});

const eventsOf = (org: string) => db.select().from(events).where(eq(events.orgId, org));

async function createOne(over: Record<string, unknown> = {}) {
  actAs(organiser);
  const result = await createEventAction(eventFormInput(orgId, uniqueSlug(), over));
  if (!result.ok) throw new Error(result.message);
  const [event] = await db.select().from(events).where(eq(events.id, result.data.eventId));
  return event!;
}

describe("createEventAction", () => {
  test("creates a draft with its dates read in the event's time zone, and audits it", async () => {
    actAs(organiser);
    const slug = uniqueSlug();
    const result = await createEventAction(
      eventFormInput(orgId, ` ${slug.toUpperCase()} `, { currency: "usd", referencePrefix: "dc27" }),
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const [event] = await db.select().from(events).where(eq(events.id, result.data.eventId));
    expect(event).toMatchObject({
      orgId,
      slug,
      name: "DevConf 2027",
      status: "draft",
      timeZone: "Europe/Amsterdam",
      maxOrdersPerAttendee: 2,
      currency: "USD",
      referencePrefix: "DC27",
    });
    expect(event!.startsAt?.toISOString()).toBe("2027-03-03T08:00:00.000Z");
    expect(event!.endsAt?.toISOString()).toBe("2027-03-05T17:00:00.000Z");
    expect(event!.orderingOpensAt?.toISOString()).toBe("2027-02-01T08:00:00.000Z");
    expect(event!.orderingClosesAt?.toISOString()).toBe("2027-03-04T11:00:00.000Z");
    const audit = await auditOf(db, orgId, "event.created");
    expect(audit.find((a) => a.targetId === event!.id)?.actorUserId).toBe(organiser.id);
  });

  test("returns every field's error at once and creates nothing", async () => {
    const org = (await createTestOrg(db)).id;
    const owner = await createTestUser(db, { orgId: org, role: "owner" });
    actAs(owner);
    const result = await createEventAction({
      orgId: org,
      name: "",
      slug: "Not A Slug!",
      timeZone: "Europe/Nowhere",
      startsAt: "2027-03-05T09:00",
      endsAt: "2027-03-04T09:00",
      orderingOpensAt: "2027-03-01T09:00",
      orderingClosesAt: "2027-02-01T09:00",
      maxOrdersPerAttendee: 1000,
      currency: "EU",
      referencePrefix: "TOOLONG",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid_input");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      [
        "currency",
        "endsAt",
        "maxOrdersPerAttendee",
        "name",
        "orderingClosesAt",
        "referencePrefix",
        "slug",
        "timeZone",
      ].sort(),
    );
    expect(result.fieldErrors.endsAt).toEqual(["The event must end after it starts"]);
    expect(result.fieldErrors.orderingClosesAt).toEqual(["Ordering must close after it opens"]);
    expect(await eventsOf(org)).toHaveLength(0);
    expect(await auditOf(db, org, "event.created")).toHaveLength(0);
  });

  test("refuses a slug another organisation's event uses, on the slug field", async () => {
    const other = await createTestOrg(db);
    const slug = uniqueSlug("taken");
    await db.insert(events).values({ orgId: other.id, slug, name: "Theirs", referencePrefix: "TH" });
    const before = (await eventsOf(orgId)).length;
    actAs(organiser);
    const result = await createEventAction(eventFormInput(orgId, slug));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] },
    });
    expect(await eventsOf(orgId)).toHaveLength(before);
  });

  test("refuses a reserved word with a message that says so", async () => {
    actAs(organiser);
    const result = await createEventAction(eventFormInput(orgId, "dashboard"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.slug?.[0]).toContain("“dashboard” is reserved");
  });

  test("two organisers racing for one slug: one event, the other gets the slug field error", async () => {
    const slug = uniqueSlug("race");
    actAs(organiser);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => createEventAction(eventFormInput(orgId, slug))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toMatchObject({ code: "invalid_input", fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] } });
    }
    expect(await db.select().from(events).where(eq(events.slug, slug))).toHaveLength(1);
  });
});

describe("checkSlugAvailability", () => {
  test.each([
    ["ab", "invalid"],
    ["Has Spaces", "invalid"],
    ["www", "reserved"],
  ])("%s: %s", async (slug, status) => {
    actAs(organiser);
    const result = await checkSlugAvailability({ orgId, slug });
    expect(result.ok && result.data.status).toBe(status);
  });

  test("available, taken, and the edited event's own slug", async () => {
    const event = await createOne();
    actAs(organiser);
    const free = await checkSlugAvailability({ orgId, slug: uniqueSlug("free") });
    expect(free.ok && free.data.status).toBe("available");
    const taken = await checkSlugAvailability({ orgId, slug: event.slug });
    expect(taken).toMatchObject({ ok: true, message: SLUG_TAKEN_MESSAGE, data: { status: "taken" } });
    const own = await checkSlugAvailability({ orgId, slug: event.slug, eventId: event.id });
    expect(own.ok && own.data.status).toBe("current");
  });

  test("another organisation's event id is not found", async () => {
    const other = await createTestOrg(db);
    const [theirs] = await db
      .insert(events)
      .values({ orgId: other.id, slug: uniqueSlug(), name: "Theirs", referencePrefix: "TH" })
      .returning();
    actAs(organiser);
    const result = await checkSlugAvailability({ orgId, slug: theirs!.slug, eventId: theirs!.id });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("updateEventAction", () => {
  test("saves, names the changed fields in the audit entry and refreshes the shop's old and new address", async () => {
    const event = await createOne();
    const newSlug = uniqueSlug("moved");
    revalidated.length = 0;
    actAs(organiser);
    const result = await updateEventAction({
      ...eventFormInput(orgId, newSlug, { name: "DevConf 2027 (Berlin)", timeZone: "Europe/Berlin" }),
      eventId: event.id,
    });
    expect(result).toMatchObject({ ok: true });
    const [after] = await db.select().from(events).where(eq(events.id, event.id));
    expect(after).toMatchObject({ name: "DevConf 2027 (Berlin)", slug: newSlug, timeZone: "Europe/Berlin" });
    const audit = (await auditOf(db, orgId, "event.updated")).find((a) => a.targetId === event.id);
    // Berlin and Amsterdam share their offset, so the instants did not change: only these three fields.
    expect(audit?.details).toEqual({ fields: ["name", "slug", "timeZone"] });
    expect(revalidated).toEqual(expect.arrayContaining([`/s/${event.slug}`, `/s/${newSlug}`]));
  });

  test("an unchanged form writes nothing", async () => {
    const event = await createOne();
    actAs(organiser);
    const result = await updateEventAction({ ...eventFormInput(orgId, event.slug), eventId: event.id });
    expect(result).toMatchObject({ ok: true, data: { changed: [] } });
    expect((await auditOf(db, orgId, "event.updated")).filter((a) => a.targetId === event.id)).toHaveLength(
      0,
    );
  });

  test("refuses another event's slug on the slug field, nothing changed", async () => {
    const a = await createOne();
    const b = await createOne();
    actAs(organiser);
    const result = await updateEventAction({
      ...eventFormInput(orgId, a.slug, { name: "X" }),
      eventId: b.id,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] } });
    const [after] = await db.select().from(events).where(eq(events.id, b.id));
    expect(after).toEqual(b);
  });

  test("another organisation's event id is not found and stays unchanged", async () => {
    const other = await createTestOrg(db);
    const [theirs] = await db
      .insert(events)
      .values({ orgId: other.id, slug: uniqueSlug(), name: "Theirs", referencePrefix: "TH" })
      .returning();
    actAs(organiser);
    const result = await updateEventAction({ ...eventFormInput(orgId, uniqueSlug()), eventId: theirs!.id });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    const [after] = await db.select().from(events).where(eq(events.id, theirs!.id));
    expect(after).toEqual(theirs);
  });

  test("an archived event cannot be edited", async () => {
    const event = await createOne();
    await db.update(events).set({ status: "archived" }).where(eq(events.id, event.id));
    actAs(organiser);
    const result = await updateEventAction({
      ...eventFormInput(orgId, event.slug, { name: "Changed" }),
      eventId: event.id,
    });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    const [after] = await db.select().from(events).where(eq(events.id, event.id));
    expect(after?.name).toBe(event.name);
  });

  test("a viewer is refused", async () => {
    const event = await createOne();
    const viewer = await createTestUser(db, { orgId, role: "viewer" });
    actAs(viewer);
    const result = await updateEventAction({
      ...eventFormInput(orgId, event.slug, { name: "V" }),
      eventId: event.id,
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
  });
});
