import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import {
  publishPage,
  restorePageVersion,
  savePageDraft,
} from "@/app/dashboard/[orgId]/events/[eventId]/page/actions";
import { eventPages, events, pageDrafts } from "@/db/schema";
import { defaultPageDocument, themeFromPageContent } from "@/lib/pages/default-page";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import { waitFor } from "@/test/failures";
import { STALE_PAGE_DRAFT_MESSAGE } from "./conflict";
import { loadPageDraft } from "./load-draft";
import { listPageVersions } from "./versions";
import { imageBlock, pageAudit, pageDocument, pageSnapshot, pageWorld, validTheme } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
const revalidated: { path: string; type?: string }[] = [];
vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type?: string) => void revalidated.push({ path, type }),
  revalidateTag: () => {},
  updateTag: () => {},
}));

const db = testDb();

const pagesOf = (eventId: string) =>
  db.select().from(eventPages).where(eq(eventPages.eventId, eventId)).orderBy(asc(eventPages.version));

describe(`page drafts (${testDriver()})`, () => {
  test("with no draft yet, the editor opens the published page (an older content-only row) at revision 0", async () => {
    const w = await pageWorld(db);
    const loaded = await loadPageDraft(db, w.ref);
    const [v1] = await pagesOf(w.eventId);
    expect(loaded).toMatchObject({ revision: 0, basedOnVersion: 1, updatedByName: null });
    expect(loaded.document).toEqual(defaultPageDocument(v1!.content));
    expect(loaded.theme).toEqual(themeFromPageContent(v1!.content));
  });

  test("another organisation's event is not found, and nothing is revealed", async () => {
    const w = await pageWorld(db);
    await expect(loadPageDraft(db, { orgId: w.orgId, eventId: w.other.event.id })).rejects.toThrow(
      /does not exist/,
    );
    await expect(listPageVersions(db, { orgId: w.orgId, eventId: w.other.event.id })).resolves.toEqual([]);
  });

  test("autosave stores an invalid draft as typed and returns its problems, per block and field", async () => {
    const w = await pageWorld(db);
    actAs(w.marketer);
    const document = pageDocument("Draft", [
      { type: "Hero", props: { id: "Hero-2", heading: "" } },
      { type: "Marquee", props: { id: "Marquee-1" } },
    ]);
    const theme = { ...validTheme, accentColor: "blue" };
    const result = await savePageDraft({ ...w.ref, revision: 0, document, theme });
    expect(result).toMatchObject({ ok: true, data: { revision: 1, contrast: [] } });
    if (!result.ok) return;
    expect(new Date(result.data.savedAt).getTime()).not.toBeNaN();
    expect(result.data.errors).toEqual([
      expect.objectContaining({ blockId: "Hero-2", field: "heading" }),
      expect.objectContaining({
        blockId: "Marquee-1",
        message: '"Marquee" is not a block this editor knows',
      }),
    ]);
    expect(Object.keys(result.data.themeErrors)).toEqual(["theme.accentColor"]);

    const loaded = await loadPageDraft(db, w.ref);
    expect(loaded).toMatchObject({ revision: 1, basedOnVersion: 1, updatedByName: "Mark Marketer", theme });
    expect(loaded.document).toEqual(document);
  });

  test("a valid save returns no errors and every contrast pair; a stale revision is refused and changes nothing", async () => {
    const w = await pageWorld(db);
    actAs(w.marketer);
    const first = await savePageDraft({
      ...w.ref,
      revision: 0,
      document: pageDocument("One"),
      theme: validTheme,
    });
    expect(first).toMatchObject({ ok: true, data: { revision: 1, errors: [], themeErrors: {} } });
    if (!first.ok) return;
    expect(first.data.contrast.map((c) => [c.id, c.passes])).toEqual([
      ["body-text", true],
      ["link-text", true],
      ["button-label", true],
      ["accent-label", true],
      ["focus-ring", true],
    ]);
    actAs(w.organiser);
    expect(
      await savePageDraft({ ...w.ref, revision: 1, document: pageDocument("Two"), theme: validTheme }),
    ).toMatchObject({
      ok: true,
      data: { revision: 2 },
    });

    const before = await pageSnapshot(db, w.ref);
    actAs(w.marketer);
    for (const revision of [1, 0]) {
      const stale = await savePageDraft({
        ...w.ref,
        revision,
        document: pageDocument("Three"),
        theme: validTheme,
      });
      expect(stale).toEqual({
        ok: false,
        code: "conflict",
        message: STALE_PAGE_DRAFT_MESSAGE,
        fieldErrors: {},
      });
    }
    expect(await pageSnapshot(db, w.ref)).toEqual(before);
  });

  test("a draft larger than pageDraftMaxBytes or holding what JSON cannot store is refused; nothing is saved", async () => {
    const w = await pageWorld(db);
    actAs(w.marketer);
    const before = await pageSnapshot(db, w.ref);
    const huge = pageDocument("Huge", [
      { type: "RichText", props: { id: "RichText-huge", markdown: "x".repeat(600 * 1024) } },
    ]);
    const tooBig = await savePageDraft({ ...w.ref, revision: 0, document: huge, theme: validTheme });
    expect(tooBig).toMatchObject({ ok: false, code: "invalid_input" });
    if (tooBig.ok) return;
    expect(tooBig.fieldErrors.document?.[0]).toMatch(/too large to save/);
    const nul = await savePageDraft({
      ...w.ref,
      revision: 0,
      document: { ...pageDocument("Nul"), root: { props: { title: "Nul\u0000" } } },
      theme: validTheme,
    });
    expect(nul).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await pageSnapshot(db, w.ref)).toEqual(before);
  });

  test("publish makes version 2 with the document, theme, derived content and publisher, audits it, and refreshes the shop", async () => {
    const w = await pageWorld(db);
    actAs(w.marketer);
    const document = pageDocument("Launch", [imageBlock("Image-own", w.image.id)], w.image.id);
    const theme = { ...validTheme, logoBlobId: w.image.id };
    const saved = await savePageDraft({ ...w.ref, revision: 0, document, theme });
    expect(saved).toMatchObject({ ok: true, data: { errors: [], themeErrors: {} } });
    revalidated.length = 0;

    const result = await publishPage({ ...w.ref, revision: 1 });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    expect(revalidated).toContainEqual({ path: `/s/${w.slug}`, type: "layout" });

    const [, v2] = await pagesOf(w.eventId);
    expect(v2).toMatchObject({ version: 2, publishedByUserId: w.marketer.id });
    expect(v2!.publishedAt).toBeInstanceOf(Date);
    expect(v2!.document?.root.props.title).toBe("Launch");
    expect(v2!.theme).toMatchObject({ primaryColor: "#1F2937", font: "serif", logoBlobId: w.image.id });
    expect(v2!.content).toEqual({
      title: "Launch",
      tagline: "Launch tagline",
      descriptionMd: "About Launch",
      primaryColor: "#1F2937",
      accentColor: "#1D4ED8",
      logoBlobId: w.image.id,
      heroBlobId: w.image.id,
      font: "serif",
      ctaLabel: "Grab it",
      pickupInfo: "",
    });
    const [draft] = await db.select().from(pageDrafts).where(eq(pageDrafts.eventId, w.eventId));
    expect(draft).toMatchObject({ revision: 1, basedOnVersion: 2 });
    expect(await pageAudit(db, w.orgId, "page.published")).toEqual([
      {
        actorUserId: w.marketer.id,
        details: expect.objectContaining({ version: 2, pageId: v2!.id, revision: 1 }),
      },
    ]);

    // The same page again is not a new version.
    expect(await publishPage({ ...w.ref, revision: 1 })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "Nothing to publish: the page is the same as version 2.",
    });
    expect(await listPageVersions(db, w.ref)).toEqual([
      { version: 2, publishedAt: v2!.publishedAt, publishedByName: "Mark Marketer" },
      { version: 1, publishedAt: expect.any(Date), publishedByName: null },
    ]);
  });

  test("with nothing saved (revision 0) publish takes the starting page: the template for an event without a page, nothing new for one with", async () => {
    const fixture = await createOrderFixture(db, { page: null });
    const ref = { orgId: fixture.event.orgId, eventId: fixture.event.id };
    actAs(await createTestUser(db, { orgId: ref.orgId, role: "marketer" }));
    expect(await publishPage({ ...ref, revision: 3 })).toMatchObject({
      ok: false,
      code: "conflict",
      message: STALE_PAGE_DRAFT_MESSAGE,
    });
    expect(await publishPage({ ...ref, revision: 0 })).toMatchObject({ ok: true, data: { version: 1 } });
    const [v1] = await pagesOf(fixture.event.id);
    expect(v1!.document?.root.props.title).toBe(fixture.event.name);
    expect(v1!.content.title).toBe(fixture.event.name);

    const w = await pageWorld(db);
    actAs(w.marketer);
    // The fixture's older row, opened as a document, is what is live already.
    expect(await publishPage({ ...w.ref, revision: 0 })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "Nothing to publish: the page is the same as version 1.",
    });
  });

  test("publishes at once make one version: the others wait for the first, then find nothing new", async () => {
    const w = await pageWorld(db);
    actAs(w.marketer);
    await savePageDraft({ ...w.ref, revision: 0, document: pageDocument("Race"), theme: validTheme });
    // Hold the event row so every publish is in flight at once when it is released: a publish that computed
    // its version without the lock would then insert the same version as another and fail.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: (pid: number) => void;
    const held = new Promise<number>((resolve) => (holding = resolve));
    const holder = db.transaction(async (tx) => {
      await tx.select({ id: events.id }).from(events).where(eq(events.id, w.eventId)).for("update");
      const rows = await tx.execute(sql`select pg_backend_pid() as pid`);
      holding(Number(rows.rows[0]?.pid));
      await released;
    });
    const holderPid = await held;
    const racing = Array.from({ length: 3 }, () => publishPage({ ...w.ref, revision: 1 }));
    // All three waiting, on the holder or on one another (lock queues chain).
    await waitFor(async () => {
      const rows = await db.execute(sql`
        with recursive blocked(pid) as (
          select pid from pg_stat_activity where ${holderPid} = any(pg_blocking_pids(pid))
          union
          select a.pid from pg_stat_activity a join blocked b on b.pid = any(pg_blocking_pids(a.pid))
        )
        select count(*)::int as n from blocked`);
      return Number(rows.rows[0]?.n) >= 3 ? true : undefined;
    });
    release();
    await holder;
    const results = await Promise.all(racing);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({
        code: "conflict",
        message: "Nothing to publish: the page is the same as version 2.",
      });
    }
    expect((await pagesOf(w.eventId)).map((p) => p.version)).toEqual([1, 2]);
  });

  test("an invalid page, a failing contrast or another organisation's image is refused per block and field; nothing is published", async () => {
    const w = await pageWorld(db);
    actAs(w.marketer);
    const document = pageDocument("Broken", [
      { type: "Hero", props: { id: "Hero-bad", heading: "   " } },
      {
        type: "CtaBand",
        props: { id: "CtaBand-bad", heading: "Go", buttonLabel: "Go", href: "javascript:alert(1)" },
      },
      imageBlock("Image-foreign", w.otherImage.id),
      imageBlock("Image-own", w.image.id),
    ]);
    const theme = { ...validTheme, primaryColor: "#FFFF00", faviconBlobId: w.otherImage.id };
    await savePageDraft({ ...w.ref, revision: 0, document, theme });
    const before = await pageSnapshot(db, w.ref);

    const result = await publishPage({ ...w.ref, revision: 1 });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok) return;
    expect(result.message).toMatch(/^The page has \d+ problems to fix before it can be published\.$/);
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      ["Hero-bad.heading", "CtaBand-bad.href", "theme.faviconBlobId", "theme.primaryColor"].sort(),
    );
    expect(result.fieldErrors["theme.primaryColor"]!.join(" ")).toMatch(/\d+\.\d\d:1 \(needs 4\.5:1\)/);
    expect(await pageSnapshot(db, w.ref)).toEqual(before);

    // With the blocks fixed, the foreign image is still refused, on its own block's field.
    const fixed = pageDocument("Fixed", [
      imageBlock("Image-foreign", w.otherImage.id),
      imageBlock("Image-own", w.image.id),
    ]);
    const saved = await savePageDraft({ ...w.ref, revision: 1, document: fixed, theme: validTheme });
    expect(saved).toMatchObject({
      ok: true,
      data: { errors: [expect.objectContaining({ blockId: "Image-foreign", field: "image" })] },
    });
    const refused = await publishPage({ ...w.ref, revision: 2 });
    expect(refused).toMatchObject({ ok: false, code: "invalid_input" });
    if (refused.ok) return;
    expect(Object.keys(refused.fieldErrors)).toEqual(["Image-foreign.image"]);
    expect((await pagesOf(w.eventId)).map((p) => p.version)).toEqual([1]);
  });

  test("restore makes a version the draft (basedOnVersion, revision + 1), audited; stale and unknown versions are refused", async () => {
    const w = await pageWorld(db);
    actAs(w.organiser);
    await savePageDraft({ ...w.ref, revision: 0, document: pageDocument("Second"), theme: validTheme });
    expect(await publishPage({ ...w.ref, revision: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    await savePageDraft({
      ...w.ref,
      revision: 1,
      document: pageDocument("Unpublished edit"),
      theme: validTheme,
    });

    expect(await restorePageVersion({ ...w.ref, version: 1, revision: 1 })).toMatchObject({
      ok: false,
      code: "conflict",
      message: STALE_PAGE_DRAFT_MESSAGE,
    });
    expect(await restorePageVersion({ ...w.ref, version: 9, revision: 2 })).toMatchObject({
      ok: false,
      code: "not_found",
    });

    const result = await restorePageVersion({ ...w.ref, version: 1, revision: 2 });
    const [v1] = await pagesOf(w.eventId);
    expect(result).toMatchObject({
      ok: true,
      data: {
        revision: 3,
        document: defaultPageDocument(v1!.content),
        theme: themeFromPageContent(v1!.content),
      },
    });
    const loaded = await loadPageDraft(db, w.ref);
    expect(loaded).toMatchObject({ revision: 3, basedOnVersion: 1, updatedByName: "Olive Organiser" });
    expect(loaded.document).toEqual(defaultPageDocument(v1!.content));
    expect(await pageAudit(db, w.orgId, "page.restored")).toEqual([
      {
        actorUserId: w.organiser.id,
        details: expect.objectContaining({ version: 1, fromRevision: 2, revision: 3 }),
      },
    ]);
    // Publishing the restored draft makes version 3, the same page as version 1.
    expect(await publishPage({ ...w.ref, revision: 3 })).toMatchObject({ ok: true, data: { version: 3 } });
    const versions = await listPageVersions(db, w.ref);
    expect(versions.map((v) => [v.version, v.publishedByName])).toEqual([
      [3, "Olive Organiser"],
      [2, "Olive Organiser"],
      [1, null],
    ]);
  });

  test("a viewer and another organisation's owner cannot save, publish or restore", async () => {
    const w = await pageWorld(db);
    const before = await pageSnapshot(db, w.ref);
    actAs(w.viewer);
    expect(
      await savePageDraft({ ...w.ref, revision: 0, document: pageDocument("No"), theme: validTheme }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await publishPage({ ...w.ref, revision: 0 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await pageSnapshot(db, w.ref)).toEqual(before);
    expect((await db.select().from(events).where(eq(events.id, w.eventId)))[0]?.status).toBe("published");
  });
});
