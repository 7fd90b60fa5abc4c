import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { createEventAction, duplicateEventAction } from "@/app/dashboard/[orgId]/events/actions";
import { publishPage, savePageDraft } from "@/app/dashboard/[orgId]/events/[eventId]/page/actions";
import { eventPages, pageDrafts } from "@/db/schema";
import { eventFormInput } from "@/lib/events/manage/test-helpers";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { createTestOrg, testDb, testDriver, uniqueSlug } from "@/test/db";
import { loadPageDraft } from "./load-draft";
import { pageDocument, validTheme } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const db = testDb();

const pagesOf = (eventId: string) =>
  db.select().from(eventPages).where(eq(eventPages.eventId, eventId)).orderBy(asc(eventPages.version));

async function createdEvent(orgId: string, over: Record<string, unknown> = {}) {
  const result = await createEventAction(eventFormInput(orgId, uniqueSlug(), over));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.eventId;
}

describe(`page templates (${testDriver()})`, () => {
  test("a new event gets a published page from its name and dates, in neutral colours for a new organisation", async () => {
    const orgId = (await createTestOrg(db)).id;
    const organiser = await createTestUser(db, { orgId, role: "organiser" });
    actAs(organiser);
    const eventId = await createdEvent(orgId);

    const [v1, ...more] = await pagesOf(eventId);
    expect(more).toEqual([]);
    expect(v1).toMatchObject({ version: 1, publishedByUserId: organiser.id });
    expect(v1!.publishedAt).toBeInstanceOf(Date);
    expect(v1!.document?.root.props).toMatchObject({
      title: "DevConf 2027",
      description: "3 – 5 March 2027",
    });
    expect(v1!.document?.content.map((b) => b.type)).toEqual(["Hero", "ItemsShowcase", "CtaBand"]);
    expect(v1!.theme).toMatchObject({ primaryColor: "#1F2937", accentColor: "#1D4ED8" });
    expect(v1!.content).toMatchObject({ title: "DevConf 2027", tagline: "3 – 5 March 2027" });

    // The editor opens it at revision 0, based on version 1.
    actAs(await createTestUser(db, { orgId, role: "marketer" }));
    expect(await loadPageDraft(db, { orgId, eventId })).toMatchObject({
      revision: 0,
      basedOnVersion: 1,
      document: v1!.document,
      theme: v1!.theme,
    });
  });

  test("a new event wears the organisation's most recently published theme", async () => {
    const fixture = await createOrderFixture(db);
    const orgId = fixture.event.orgId;
    const owner = await createTestUser(db, { orgId, role: "owner" });
    actAs(owner);
    const branded = { ...validTheme, primaryColor: "#7C2D12", accentColor: "#14532D" };
    await savePageDraft({
      orgId,
      eventId: fixture.event.id,
      revision: 0,
      document: pageDocument("Brand"),
      theme: branded,
    });
    expect(await publishPage({ orgId, eventId: fixture.event.id, revision: 1 })).toMatchObject({ ok: true });

    const eventId = await createdEvent(orgId, { name: "Second event", startsAt: "", endsAt: "" });
    const [v1] = await pagesOf(eventId);
    expect(v1!.theme).toMatchObject({ primaryColor: "#7C2D12", accentColor: "#14532D", font: "serif" });
    expect(v1!.document?.root.props).toMatchObject({ title: "Second event", description: "" });
  });

  test("a new event does not inherit a published theme that fails a contrast check", async () => {
    const fixture = await createOrderFixture(db);
    const orgId = fixture.event.orgId;
    actAs(await createTestUser(db, { orgId, role: "owner" }));
    // An older, content-only page whose amber accent fails the focus ring's 3:1 on white (2.15:1).
    await db
      .update(eventPages)
      .set({
        document: null,
        theme: null,
        content: sql`${eventPages.content} || '{"accentColor":"#f59e0b"}'::jsonb`,
        publishedAt: new Date(),
      })
      .where(eq(eventPages.eventId, fixture.event.id));

    const eventId = await createdEvent(orgId, { name: "Third event" });
    const [v1] = await pagesOf(eventId);
    expect(v1!.theme).toMatchObject({ primaryColor: "#1F2937", accentColor: "#1D4ED8" });
  });

  test("duplicating copies the source's published page as the copy's draft, and its page as before", async () => {
    const source = await createOrderFixture(db);
    const orgId = source.event.orgId;
    actAs(await createTestUser(db, { orgId, role: "organiser" }));
    await savePageDraft({
      orgId,
      eventId: source.event.id,
      revision: 0,
      document: pageDocument("Last year"),
      theme: validTheme,
    });
    await publishPage({ orgId, eventId: source.event.id, revision: 1 });
    // Edited since, not published: the copy starts from what attendees saw.
    await savePageDraft({
      orgId,
      eventId: source.event.id,
      revision: 1,
      document: pageDocument("Half-done"),
      theme: validTheme,
    });

    const result = await duplicateEventAction({
      orgId,
      eventId: source.event.id,
      name: "Next year",
      slug: uniqueSlug("copy"),
      startsAt: "",
      endsAt: "",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const [draft] = await db.select().from(pageDrafts).where(eq(pageDrafts.eventId, result.data.eventId));
    expect(draft).toMatchObject({
      revision: 1,
      basedOnVersion: null,
      theme: expect.objectContaining({ font: "serif" }),
    });
    expect((draft!.document as { root: { props: { title: string } } }).root.props.title).toBe("Last year");
    const pages = await pagesOf(result.data.eventId);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ version: 1, publishedAt: null });
    expect(pages[0]!.document?.root.props.title).toBe("Last year");
  });

  test("duplicating an event that has no page gives the copy the new-event page", async () => {
    const source = await createOrderFixture(db, { page: null });
    const orgId = source.event.orgId;
    actAs(await createTestUser(db, { orgId, role: "organiser" }));
    const result = await duplicateEventAction({
      orgId,
      eventId: source.event.id,
      name: "Fresh copy",
      slug: uniqueSlug("copy"),
      startsAt: "",
      endsAt: "",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const pages = await pagesOf(result.data.eventId);
    expect(pages.map((p) => [p.version, p.publishedAt !== null, p.document?.root.props.title])).toEqual([
      [1, true, "Fresh copy"],
    ]);
    expect(await db.select().from(pageDrafts).where(eq(pageDrafts.eventId, result.data.eventId))).toEqual([]);
  });
});
