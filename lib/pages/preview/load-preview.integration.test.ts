import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEntries, blobs, eventPages, pageDrafts, pagePreviewLinks, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { hashToken } from "@/lib/crypto/hmac-token";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { createTestOrg, testDb, testDriver } from "@/test/db";
import { createPreviewToken } from "../preview-token";
import { createPreviewLink } from "./create-preview-link";
import { loadPageDraft } from "../drafts/load-draft";
import { loadPreviewPage } from "./load-preview";
import { listActivePreviewLinks, revokePreviewLink } from "./preview-links";

const NOW = new Date("2026-06-01T10:00:00Z");

/** A signed preview token of the event, recorded as createPreviewLink records it (any status, even archived). */
async function recordedToken(db: Db, eventId: string, now = NOW) {
  const made = createPreviewToken({ eventId, now });
  await db
    .insert(pagePreviewLinks)
    .values({ eventId, tokenHash: hashToken(made.token), expiresAt: made.expiresAt, createdAt: now });
  return made;
}

const tokenOf = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\/preview\//, ""));

const hero = (heading: string) => ({ type: "Hero", props: { id: "Hero-1", heading } });
const faq = (question: string) => ({
  type: "Faq",
  props: { id: "Faq-1", heading: "Questions", entries: [{ question, answer: "Yes." }] },
});

async function blobOf(orgId: string) {
  const [blob] = await testDb()
    .insert(blobs)
    .values({
      orgId,
      key: `test/${crypto.randomUUID()}.webp`,
      url: "/api/blobs/x.webp",
      contentType: "image/webp",
      width: 800,
      height: 600,
      bytes: 10,
    })
    .returning();
  return blob!;
}

describe(`page preview loader (${testDriver()})`, () => {
  it("shows the draft of a draft event, with its items and its own organisation's images only", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, { status: "draft", page: null });
    const own = await blobOf(fixture.event.orgId);
    const foreign = await blobOf((await createTestOrg(db)).id);
    await db.insert(pageDrafts).values({
      eventId: fixture.event.id,
      document: {
        root: { props: { title: "Draft title" } },
        content: [
          hero("Coming soon"),
          {
            type: "Gallery",
            props: {
              id: "Gallery-1",
              images: [
                { image: { blobId: own.id }, alt: "Ours" },
                { image: { blobId: foreign.id }, alt: "Theirs" },
              ],
            },
          },
        ],
      },
      theme: { primaryColor: "#4338ca", accentColor: "#f59e0b", buttonStyle: "pill" },
      revision: 3,
    });
    const { token, expiresAt } = await recordedToken(db, fixture.event.id);

    const found = await loadPreviewPage({ db, slug: fixture.event.slug, token, now: NOW });
    if (!found.ok) throw new Error(found.reason);
    expect(found.event.status).toBe("draft");
    expect(found.event.expiresAt).toEqual(expiresAt);
    expect(found.event.renderable.document.root.props.title).toBe("Draft title");
    expect(found.event.renderable.document.content.map((b) => b.type)).toEqual(["Hero", "Gallery"]);
    expect(found.event.renderable.theme.buttonStyle).toBe("pill");
    expect(found.event.items.map((i) => i.name)).toEqual(["T-shirt"]);
    expect([...found.event.images.keys()]).toEqual([own.id]);
    expect(found.event.skippedBlocks).toBe(0);
  });

  it("falls back to the newest published version, then to a default page under the event's name", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, { page: null });
    const { token } = await recordedToken(db, fixture.event.id);
    const load = () => loadPreviewPage({ db, slug: fixture.event.slug, token, now: NOW });

    const plain = await load();
    if (!plain.ok) throw new Error(plain.reason);
    expect(plain.event.renderable.document.content[0]).toMatchObject({
      type: "Hero",
      props: { heading: fixture.event.name },
    });

    const content = {
      title: "Legacy",
      tagline: "",
      descriptionMd: "",
      primaryColor: "#123456",
      accentColor: "#654321",
      logoBlobId: null,
      heroBlobId: null,
      font: "serif" as const,
      ctaLabel: "Order now",
      pickupInfo: "",
    };
    await db.insert(eventPages).values([
      {
        eventId: fixture.event.id,
        version: 1,
        content,
        document: { root: { props: {} }, content: [hero("Published v1")] } as never,
        publishedAt: new Date("2026-05-01T10:00:00Z"),
      },
      {
        eventId: fixture.event.id,
        version: 2,
        content,
        document: { root: { props: {} }, content: [hero("Published v2")] } as never,
        publishedAt: new Date("2026-05-02T10:00:00Z"),
      },
    ]);
    const published = await load();
    if (!published.ok) throw new Error(published.reason);
    expect(published.event.renderable.document.content[0]).toMatchObject({
      props: { heading: "Published v2" },
    });
    // The legacy colours become the theme when the row has none.
    expect(published.event.renderable.theme).toMatchObject({ primaryColor: "#123456", font: "serif" });
  });

  it("shows what the editor opens (loadPageDraft): with no page and no draft, the new-event template", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, { page: null });
    const { token } = await recordedToken(db, fixture.event.id);
    const found = await loadPreviewPage({ db, slug: fixture.event.slug, token, now: NOW });
    if (!found.ok) throw new Error(found.reason);
    const opened = await loadPageDraft(db, { orgId: fixture.event.orgId, eventId: fixture.event.id });
    expect(opened.revision).toBe(0);
    expect(found.event.renderable.theme).toEqual(opened.theme);
    expect(found.event.renderable.document).toEqual(opened.document);
  });

  it("shows the blocks of a half-edited draft that validate and counts the rest", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    await db.insert(pageDrafts).values({
      eventId: fixture.event.id,
      document: {
        root: { props: {} },
        content: [hero("Valid"), faq(""), { type: "Marquee", props: { id: "M-1" } }],
      },
      theme: { primaryColor: "not a colour" },
    });
    const { token } = await recordedToken(db, fixture.event.id);
    const found = await loadPreviewPage({ db, slug: fixture.event.slug, token, now: NOW });
    if (!found.ok) throw new Error(found.reason);
    expect(found.event.renderable.document.content.map((b) => b.props.id)).toEqual(["Hero-1"]);
    expect(found.event.skippedBlocks).toBe(2);
    // The published page's theme stands in for one that does not parse.
    expect(found.event.renderable.theme.primaryColor).toBe("#123456");
  });

  it("refuses expired, forged and other events' tokens, and archived events", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, { status: "draft" });
    const other = await createOrderFixture(db, { status: "draft" });
    const archived = await createOrderFixture(db, { status: "archived" });
    const slug = fixture.event.slug;
    const { token, expiresAt } = await recordedToken(db, fixture.event.id);

    expect(await loadPreviewPage({ db, slug, token, now: expiresAt })).toEqual({
      ok: false,
      reason: "expired",
    });
    const forged = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect(await loadPreviewPage({ db, slug, token: forged, now: NOW })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const otherToken = (await recordedToken(db, other.event.id)).token;
    expect(await loadPreviewPage({ db, slug, token: otherToken, now: NOW })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const archivedToken = (await recordedToken(db, archived.event.id)).token;
    expect(await loadPreviewPage({ db, slug: archived.event.slug, token: archivedToken, now: NOW })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await loadPreviewPage({ db, slug, token, now: NOW })).ok).toBe(true);
  });
});

describe(`createPreviewLink (${testDriver()})`, () => {
  it("links to the preview on the event's own subdomain with a token that opens it for 24 hours", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, { status: "draft" });
    const link = await createPreviewLink({
      db,
      orgId: fixture.event.orgId,
      eventId: fixture.event.id,
      now: NOW,
    });
    expect(link.expiresAt.toISOString()).toBe("2026-06-02T10:00:00.000Z");
    const url = new URL(link.url);
    expect(url.host).toBe(`${fixture.event.slug}.localhost:3000`);
    const token = tokenOf(link.url);
    expect((await loadPreviewPage({ db, slug: fixture.event.slug, token, now: NOW })).ok).toBe(true);
    // Asked for again in the same second: the same link, one row.
    expect(
      (await createPreviewLink({ db, orgId: fixture.event.orgId, eventId: fixture.event.id, now: NOW })).id,
    ).toBe(link.id);
  });

  it("finds no other organisation's event and no archived one", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    const otherOrg = await createTestOrg(db);
    await expect(createPreviewLink({ db, orgId: otherOrg.id, eventId: fixture.event.id })).rejects.toThrow();
    const archived = await createOrderFixture(db, { status: "archived" });
    await expect(
      createPreviewLink({ db, orgId: archived.event.orgId, eventId: archived.event.id }),
    ).rejects.toMatchObject({ failure: { code: "conflict" } });
  });
});

describe(`preview links are revoked one by one (${testDriver()})`, () => {
  it("a signed token that was never recorded (or whose row is gone) opens nothing", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, { status: "draft" });
    const { token } = createPreviewToken({ eventId: fixture.event.id, now: NOW });
    expect(await loadPreviewPage({ db, slug: fixture.event.slug, token, now: NOW })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("lists the active links; revoking one closes it alone, audited; a foreign or repeated revoke is not found", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, { status: "draft" });
    const { orgId, id: eventId, slug } = fixture.event;
    const [user] = await db
      .insert(users)
      .values({ email: `${crypto.randomUUID()}@example.com`, name: "Mara Marketer" })
      .returning();
    const userId = user!.id;
    const first = await createPreviewLink({ db, orgId, eventId, userId, now: NOW });
    const second = await createPreviewLink({
      db,
      orgId,
      eventId,
      userId,
      now: new Date(NOW.getTime() + 60_000),
    });
    const expired = await createPreviewLink({
      db,
      orgId,
      eventId,
      now: new Date(NOW.getTime() - 25 * 3600_000),
    });
    const later = new Date(NOW.getTime() + 120_000);

    const listed = await listActivePreviewLinks(db, { orgId, eventId, now: later });
    expect(listed.map((l) => l.id)).toEqual([first.id, second.id]);
    expect(listed[0]).toMatchObject({ expiresAt: first.expiresAt, createdByName: "Mara Marketer" });
    expect(listed.map((l) => l.id)).not.toContain(expired.id);

    const otherOrg = await createTestOrg(db);
    await expect(
      revokePreviewLink(db, {
        actor: { orgId: otherOrg.id, userId: crypto.randomUUID() },
        eventId,
        linkId: first.id,
      }),
    ).rejects.toThrow();
    expect((await loadPreviewPage({ db, slug, token: tokenOf(first.url), now: later })).ok).toBe(true);

    const actorId = userId;
    await revokePreviewLink(db, { actor: { orgId, userId: actorId }, eventId, linkId: first.id });
    expect(await loadPreviewPage({ db, slug, token: tokenOf(first.url), now: later })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await loadPreviewPage({ db, slug, token: tokenOf(second.url), now: later })).ok).toBe(true);
    expect((await listActivePreviewLinks(db, { orgId, eventId, now: later })).map((l) => l.id)).toEqual([
      second.id,
    ]);
    await expect(
      revokePreviewLink(db, { actor: { orgId, userId: actorId }, eventId, linkId: first.id }),
    ).rejects.toMatchObject({ failure: { code: "not_found" } });
    const audit = await db
      .select({ action: auditEntries.action, details: auditEntries.details })
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, "page.preview_revoked")));
    expect(audit).toEqual([
      { action: "page.preview_revoked", details: expect.objectContaining({ linkId: first.id }) },
    ]);
  });
});
