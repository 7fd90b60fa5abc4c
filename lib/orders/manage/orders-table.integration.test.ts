import { parse } from "csv-parse/sync";
import { getOrgEvent } from "@/lib/events/org-event";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { loadOrdersExport } from "@/app/dashboard/[orgId]/events/[eventId]/orders/export/loaders";
import { GET } from "@/app/dashboard/[orgId]/events/[eventId]/orders/export/route";
import { loadOrdersTable } from "@/app/dashboard/[orgId]/events/[eventId]/orders/loaders";
import type { Db } from "@/db/client";
import { auditEntries, formVersions, orderLines, orders, type OrderStatus } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formDefinitionSchema } from "@/lib/forms/definitions";
import { createOrderFixture, type OrderFixture } from "@/lib/orders/test-fixtures";
import { testDb } from "@/test/db";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { exportOrdersCsv } from "./export-csv";
import { listOrders } from "./list-orders";
import { encodeCursor, parseOrderFilters } from "./order-filters";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));

type Seed = {
  name: string;
  email: string;
  status?: OrderStatus;
  createdAt: Date;
  variant?: number;
  answers?: Record<string, unknown>;
  formVersionId?: string | null;
  reference?: string;
};

async function insertOrders(db: Db, fixture: OrderFixture, seeds: Seed[]) {
  const rows = await db
    .insert(orders)
    .values(
      seeds.map((s, i) => ({
        eventId: fixture.event.id,
        reference: s.reference ?? `TST-${String(i).padStart(6, "0")}`,
        status: s.status ?? "placed",
        attendeeName: s.name,
        attendeeEmail: s.email,
        emailNormalised: s.email.toLowerCase(),
        answers: s.answers ?? {},
        formVersionId: s.formVersionId === undefined ? fixture.formVersionId : s.formVersionId,
        totalMinor: 1500,
        currency: "EUR",
        idempotencyKey: randomUUID(),
        accessTokenHash: randomUUID(),
        createdAt: s.createdAt,
      })),
    )
    .returning({ id: orders.id, reference: orders.reference });
  await db.insert(orderLines).values(
    rows.map((r, i) => {
      const variant = fixture.variants[seeds[i]!.variant ?? 0]!;
      const item = fixture.items.find((it) => it.id === variant.itemId)!;
      return {
        orderId: r.id,
        itemId: item.id,
        variantId: variant.id,
        quantity: 1,
        unitPriceMinor: 1500,
        itemName: item.name,
        variantLabel: variant.label,
      };
    }),
  );
  return rows;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // Response.text() would drop the byte order mark this test wants to see.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** The export's CSV read back: records end in CRLF only (as the export writes them), a BOM is skipped. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: "\r\n" });
}

const db = testDb();
let fixture: OrderFixture;
let owner: CurrentUser;
let viewer: CurrentUser;
let marketer: CurrentUser;
let outsider: CurrentUser;
const base = new Date("2025-06-01T10:00:00Z");
const minutes = (n: number) => new Date(base.getTime() + n * 60_000);

beforeAll(async () => {
  fixture = await createOrderFixture(db, {
    timeZone: "America/New_York",
    items: [
      {
        name: "T-shirt",
        maxPerOrder: 2,
        variants: [
          { label: "M", stock: 100 },
          { label: "L", stock: 100 },
        ],
      },
      { name: "Mug", variants: [{ label: "One size", stock: 100 }] },
    ],
    formFields: [
      { type: "short_text", key: "dietary_needs", label: "Dietary needs (old)" },
      { type: "phone", key: "phone", label: "Phone" },
      { type: "short_text", key: "removed_later", label: "Removed later" },
    ],
  });
  // A newer version relabels a field, drops one, adds a choice field and a display-only note.
  const [v2] = await db
    .insert(formVersions)
    .values({
      eventId: fixture.event.id,
      version: 2,
      fields: formDefinitionSchema.parse([
        { type: "note", key: "size_note", text: "Sizes run small" },
        { type: "short_text", key: "dietary_needs", label: "Dietary needs" },
        { type: "phone", key: "phone", label: "Phone" },
        {
          type: "single_choice",
          key: "shirt_fit",
          label: "Fit",
          options: [
            { value: "regular", label: "Regular fit" },
            { value: "slim", label: "Slim fit" },
          ],
        },
      ]),
    })
    .returning();
  const orgId = fixture.event.orgId;
  owner = await createTestUser(db, { orgId, role: "owner" });
  viewer = await createTestUser(db, { orgId, role: "viewer" });
  marketer = await createTestUser(db, { orgId, role: "marketer" });
  const other = await createOrderFixture(db);
  outsider = await createTestUser(db, { orgId: other.event.orgId, role: "owner" });

  await insertOrders(db, fixture, [
    // 0..4 share one created_at: ties must page by id without skipping or repeating.
    ...Array.from({ length: 5 }, (_, i) => ({
      name: `Tie Person ${i}`,
      email: `tie${i}@example.com`,
      createdAt: minutes(0),
    })),
    {
      name: "Grace Hopper",
      email: "Grace.Hopper@Navy.example.com",
      createdAt: minutes(1),
      status: "confirmed",
    },
    {
      name: "Ada Lovelace",
      email: "ada@example.org",
      createdAt: minutes(2),
      variant: 1,
      status: "cancelled",
    },
    {
      name: '=HYPERLINK("http://evil")',
      email: "evil@example.com",
      createdAt: minutes(3),
      variant: 2,
      answers: { dietary_needs: 'vegan, "strict"\nno nuts', phone: "+31 6 1234 5678", shirt_fit: "slim" },
      formVersionId: v2!.id,
    },
    {
      name: "Old Form",
      email: "old@example.com",
      createdAt: minutes(4),
      answers: { dietary_needs: "none", removed_later: "kept", phone: "+1 555" },
    },
    // 2025-06-02 00:30 in New York is still 2025-06-01 there: the date filter works in the event's zone.
    { name: "Late Night", email: "late@example.com", createdAt: new Date("2025-06-02T03:30:00Z") },
  ]);
});

const input = (extra: Record<string, unknown> = {}) => ({
  orgId: fixture.event.orgId,
  eventId: fixture.event.id,
  ...extra,
});

describe("orders table", () => {
  test("pages newest first through ties without skipping or repeating, forwards and back", async () => {
    actAs(owner);
    const seen: string[] = [];
    let cursor: string | undefined;
    const pages: string[][] = [];
    for (;;) {
      const result = await loadOrdersTable(input({ size: "3", ...(cursor ? { cursor } : {}) }));
      pages.push(result.page.rows.map((r) => r.reference));
      seen.push(...result.page.rows.map((r) => r.reference));
      if (!result.page.hasNext) break;
      cursor = encodeCursor({ direction: "after", id: result.page.rows.at(-1)!.id });
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(seen.slice(0, 5)).toEqual(["TST-000009", "TST-000008", "TST-000007", "TST-000006", "TST-000005"]);
    // Previous from the last page gives back the page before it.
    const last = await loadOrdersTable(input({ size: "3", cursor }));
    const previous = await loadOrdersTable(
      input({ size: "3", cursor: encodeCursor({ direction: "before", id: last.page.rows[0]!.id }) }),
    );
    expect(previous.page.rows.map((r) => r.reference)).toEqual(pages.at(-2));
    expect(previous.page.hasNext).toBe(true);
    expect(previous.page.hasPrevious).toBe(true);
    const firstPage = await loadOrdersTable(input({ size: "3" }));
    expect(firstPage.page.hasPrevious).toBe(false);
    expect(firstPage.page.total).toEqual({ count: 10, capped: false });
  });

  test("sorts by oldest, reference, name and status", async () => {
    actAs(owner);
    const refs = async (sort: string) =>
      (await loadOrdersTable(input({ sort }))).page.rows.map((r) => r.reference);
    const oldest = await refs("oldest");
    expect(oldest.slice(5)).toEqual(["TST-000005", "TST-000006", "TST-000007", "TST-000008", "TST-000009"]);
    expect(await refs("reference")).toEqual([...oldest].sort());
    const byName = (await loadOrdersTable(input({ sort: "name" }))).page.rows.map((r) => r.name);
    expect(byName.slice(0, 3)).toEqual(['=HYPERLINK("http://evil")', "Ada Lovelace", "Grace Hopper"]);
    const byStatus = (await loadOrdersTable(input({ sort: "status" }))).page.rows.map((r) => r.status);
    expect(byStatus.at(-1)).toBe("cancelled");
    expect(byStatus.indexOf("confirmed")).toBe(8);
    // Name sort pages with a cursor too (keys read from the cursor row on the server).
    const page1 = await loadOrdersTable(input({ sort: "name", size: "4" }));
    const page2 = await loadOrdersTable(
      input({
        sort: "name",
        size: "4",
        cursor: encodeCursor({ direction: "after", id: page1.page.rows.at(-1)!.id }),
      }),
    );
    expect([...page1.page.rows, ...page2.page.rows].map((r) => r.name)).toEqual(byName.slice(0, 8));
  });

  test("searches reference prefix, name and email case-insensitively, and filters", async () => {
    actAs(owner);
    const refs = async (extra: Record<string, unknown>) =>
      (await loadOrdersTable(input(extra))).page.rows.map((r) => r.reference).sort();
    expect(await refs({ q: "tst-000005" })).toEqual(["TST-000005"]);
    expect(await refs({ q: "TST-00000" })).toHaveLength(10);
    expect(await refs({ q: "hopper" })).toEqual(["TST-000005"]);
    expect(await refs({ q: "NAVY.EXAMPLE" })).toEqual(["TST-000005"]);
    expect(await refs({ q: "100%" })).toEqual([]); // % is a character, not a wildcard
    expect(await refs({ status: ["confirmed", "cancelled"] })).toEqual(["TST-000005", "TST-000006"]);
    expect(await refs({ item: fixture.items[1]!.id })).toEqual(["TST-000007"]);
    expect(await refs({ variant: fixture.variants[1]!.id })).toEqual(["TST-000006"]);
    expect(await refs({ item: fixture.items[0]!.id, status: "cancelled" })).toEqual(["TST-000006"]);
    expect(await refs({ from: "2025-06-02" })).toEqual([]);
    expect(await refs({ from: "2025-06-01", to: "2025-06-01" })).toHaveLength(10);
    expect(await refs({ to: "2025-05-31" })).toEqual([]);
    const result = await loadOrdersTable(input({ q: "hopper" }));
    expect(result.page.rows[0]).toMatchObject({
      name: "Grace Hopper",
      email: "Grace.Hopper@Navy.example.com",
      items: "1× T-shirt (M)",
      createdLocal: "2025-06-01 06:01",
    });
  });

  test("viewers get masked names and emails, and search matches references only", async () => {
    actAs(viewer);
    const result = await loadOrdersTable(input({ q: "TST-000005" }));
    expect(result.page.rows[0]).toMatchObject({ name: "G••• H•••", email: "G•••@N•••.com" });
    expect(result.page.masked).toBe(true);
    const everything = JSON.stringify(await loadOrdersTable(input()));
    for (const pii of ["Grace", "Hopper", "Lovelace", "navy", "ada@", "tie0@"])
      expect(everything).not.toContain(pii);
    expect((await loadOrdersTable(input({ q: "hopper" }))).page.rows).toEqual([]);
    expect((await loadOrdersTable(input({ q: "navy" }))).page.rows).toEqual([]);
  });

  test("is refused to marketers and to other organisations (404)", async () => {
    for (const who of [marketer, outsider]) {
      actAs(who);
      await expect(loadOrdersTable(input())).rejects.toMatchObject({
        digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404"),
      });
      await expect(loadOrdersExport(input())).rejects.toMatchObject({
        digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404"),
      });
    }
    // An event id of another organisation with one's own org id: not found either.
    actAs(outsider);
    const other = await createOrderFixture(db);
    await expect(
      loadOrdersTable({ orgId: other.event.orgId, eventId: fixture.event.id }),
    ).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});

describe("orders CSV export", () => {
  test("has one column per form field, follows filters, is injection safe, and is audited", async () => {
    actAs(owner);
    const { filename, stream } = await loadOrdersExport(input({ sort: "oldest", status: "placed" }));
    expect(filename).toMatch(new RegExp(`^${fixture.event.slug}-orders-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = await readAll(stream);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      "Reference",
      "Created (America/New_York)",
      "Status",
      "Name",
      "Email",
      "Items",
      "Total (EUR)",
      "Dietary needs",
      "Phone",
      "Fit",
      "Removed later",
    ]);
    expect(rows).toHaveLength(8); // placed only: not the confirmed or the cancelled one
    const evil = rows.find((r) => r[0] === "TST-000007")!;
    expect(evil).toEqual([
      "TST-000007",
      "2025-06-01 06:03",
      "Placed",
      '\'=HYPERLINK("http://evil")',
      "evil@example.com",
      "1× Mug (One size)",
      "15.00",
      'vegan, "strict"\nno nuts',
      "'+31 6 1234 5678",
      "Slim fit",
      "",
    ]);
    expect(rows.find((r) => r[0] === "TST-000008")!.slice(7)).toEqual(["none", "'+1 555", "", "kept"]);
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');

    const [entry] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, fixture.event.orgId), eq(auditEntries.action, "orders.exported")));
    expect(entry).toMatchObject({ actorUserId: owner.id, targetId: fixture.event.id });
    expect(entry!.details).toMatchObject({
      rows: 8,
      completed: true,
      masked: false,
      filters: { status: ["placed"] },
    });
  });

  test("streams in batches and masks personal fields for viewers", async () => {
    actAs(viewer);
    const { stream } = await loadOrdersExport(input({ sort: "oldest" }));
    const text = await readAll(stream);
    const [, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(10);
    const grace = rows.find((r) => r[0] === "TST-000005")!;
    expect(grace.slice(3, 5)).toEqual(["G••• H•••", "G•••@N•••.com"]);
    const evil = rows.find((r) => r[0] === "TST-000007")!;
    expect(evil.slice(7, 10)).toEqual(['vegan, "strict"\nno nuts', "•••", "Slim fit"]); // phone is personal
    for (const pii of ["Grace", "Hopper", "ada@", "+31 6", "tie1@"]) expect(text).not.toContain(pii);
    const entries = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.actorUserId, viewer.id), eq(auditEntries.action, "orders.exported")));
    expect(entries.map((e) => e.details)).toEqual([expect.objectContaining({ rows: 10, masked: true })]);
  });

  test("reads batch after batch through ties, each row once, in the table's order", async () => {
    const event = await getOrgEvent({ db, orgId: fixture.event.orgId, eventId: fixture.event.id });
    const query = parseOrderFilters({});
    const { stream } = exportOrdersCsv({
      db,
      event,
      query,
      canSeePersonal: true,
      actorUserId: owner.id,
      batchSize: 3,
    });
    const reader = stream.getReader();
    const chunks: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read())
      chunks.push(new TextDecoder().decode(r.value));
    expect(chunks).toHaveLength(1 + 4); // the header, then ceil(10 / 3) batches
    const refs = parseCsv(chunks.join(""))
      .slice(1)
      .map((r) => r[0]);
    const table = (await listOrders({ db, event, filters: { ...query, size: 50 }, canSeePersonal: true }))
      .rows;
    expect(refs).toEqual(table.map((r) => r.reference));
  });

  test("the route handler sends it as a named, uncached CSV download following the URL's filters", async () => {
    actAs(owner);
    const { orgId } = fixture.event;
    const eventId = fixture.event.id;
    const url = `http://localhost/dashboard/${orgId}/events/${eventId}/orders/export?status=cancelled&sort=oldest`;
    const response = await GET(new Request(url), { params: Promise.resolve({ orgId, eventId }) });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="${fixture.event.slug}-orders-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["TST-000006"]);
    actAs(outsider);
    await expect(
      GET(new Request(url), { params: Promise.resolve({ orgId, eventId }) }),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });

  test("viewers' export search matches references only", async () => {
    actAs(viewer);
    const { stream } = await loadOrdersExport(input({ q: "hopper" }));
    expect(parseCsv((await readAll(stream)).slice(1))).toHaveLength(1); // the header only
  });
});
