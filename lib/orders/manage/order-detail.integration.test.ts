import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { addOrderNote, changeOrderStatus } from "@/app/dashboard/[orgId]/events/[eventId]/orders/actions";
import { loadOrderDetail } from "@/app/dashboard/[orgId]/events/[eventId]/orders/[orderId]/loaders";
import { auditEntries, formVersions, orderNotes } from "@/db/schema";
import { limits } from "@/lib/limits";
import { actAs } from "@/test/authz/current-user";
import { snapshotOrganisations } from "@/test/authz/snapshot";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { placeOrder } from "../place-order";
import { createOrderFixture, orderInputFor } from "../test-fixtures";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const db = () => testDb();

/** An order placed against form version 1, after which the form was changed (version 2 relabels a field). */
async function setup() {
  const fixture = await createOrderFixture(db(), {
    items: [{ name: "Hoodie", priceMinor: 2500, maxPerOrder: 2, variants: [{ label: "L", stock: 5 }] }],
    formFields: [
      { type: "short_text", key: "company", label: "Company", required: true },
      { type: "short_text", key: "dietary_needs", label: "Dietary needs", required: true, personal: true },
      {
        type: "single_choice",
        key: "size_fit",
        label: "Fit",
        required: true,
        display: "radio",
        options: [
          { value: "regular", label: "Regular fit" },
          { value: "slim", label: "Slim fit" },
        ],
      },
    ],
  });
  const tag = crypto.randomUUID().slice(0, 8);
  const name = `Katherine Johnson ${tag}`;
  const email = `kj-${tag}@nasa.example`;
  const diet = `peanut-free-${tag}`;
  const placed = await placeOrder({
    db: db(),
    eventSlug: fixture.event.slug,
    input: orderInputFor(fixture, {
      name,
      email,
      lines: [{ variantId: fixture.variants[0]!.id, quantity: 2 }],
      answers: { company: "NACA", dietary_needs: diet, size_fit: "slim" },
    }),
  });
  if (!placed.ok) throw new Error(JSON.stringify(placed));
  // A later version relabels everything: the order must still read through its own version.
  await db()
    .insert(formVersions)
    .values({
      eventId: fixture.event.id,
      version: 2,
      fields: [{ type: "short_text", key: "company", label: "Employer (new form)", required: true }] as never,
    });
  const orgId = fixture.event.orgId;
  const members = {
    owner: await createTestUser(db(), { orgId, role: "owner", name: "Olga Owner" }),
    organiser: await createTestUser(db(), { orgId, role: "organiser", name: "Oscar Organiser" }),
    viewer: await createTestUser(db(), { orgId, role: "viewer", name: "Vera Viewer" }),
  };
  const input = { orgId, eventId: fixture.event.id, orderId: placed.order.id };
  return { fixture, order: placed.order, members, input, pii: [name, email, diet, `kj-${tag}`, tag] };
}

describe(`loadOrderDetail (${testDriver()})`, () => {
  it("shows the organiser everything: answers through the order's own form version, history, notes, next statuses", async () => {
    const { order, members, input } = await setup();
    actAs(members.organiser);
    expect((await changeOrderStatus({ ...input, to: "confirmed", note: "Phoned them" })).ok).toBe(true);
    expect((await addOrderNote({ ...input, body: "First note" })).ok).toBe(true);
    actAs(members.owner);
    expect((await addOrderNote({ ...input, body: "Second note" })).ok).toBe(true);

    actAs(members.organiser);
    const { order: detail, canManage } = await loadOrderDetail(input);
    expect(canManage).toBe(true);
    expect(detail).toMatchObject({
      reference: order.reference,
      status: "confirmed",
      statusLabel: "Confirmed",
      masked: false,
      erased: false,
      formVersion: 1,
      total: "€50.00",
      lines: [
        { itemName: "Hoodie", variantLabel: "L", quantity: 2, unitPrice: "€25.00", lineTotal: "€50.00" },
      ],
    });
    expect(detail.attendee.name).toMatch(/^Katherine Johnson /);
    expect(detail.answers).toEqual([
      { key: "company", label: "Company", value: "NACA" },
      { key: "dietary_needs", label: "Dietary needs", value: expect.stringMatching(/^peanut-free-/) },
      { key: "size_fit", label: "Fit", value: "Slim fit" },
    ]);
    expect(detail.history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: "placed", by: "attendee", note: null }),
      expect.objectContaining({
        fromLabel: "Placed",
        toLabel: "Confirmed",
        by: "Oscar Organiser",
        note: "Phoned them",
      }),
    ]);
    expect(detail.notes?.map((n) => [n.body, n.author])).toEqual([
      ["Second note", "Olga Owner"],
      ["First note", "Oscar Organiser"],
    ]);
    expect(detail.nextStatuses).toEqual([
      { status: "sent_to_supplier", label: "Sent to supplier" },
      { status: "cancelled", label: "Cancelled" },
    ]);
  });

  it("gives a viewer masked name, email and personal answers, no notes, no status notes and no actions", async () => {
    const { members, input, pii } = await setup();
    actAs(members.organiser);
    await changeOrderStatus({ ...input, to: "confirmed", note: `Spoke to ${pii[0]}` });
    await addOrderNote({ ...input, body: `Call ${pii[1]}` });

    actAs(members.viewer);
    const result = await loadOrderDetail(input);
    const { order: detail } = result;
    expect(detail.masked).toBe(true);
    expect(detail.attendee).toEqual({
      name: "K••• J••• " + pii[4]!.slice(0, 1) + "•••",
      email: "k•••@n•••.example",
    });
    // The personal-data flag decides: flagged answers masked, the others readable.
    expect(detail.answers).toEqual([
      { key: "company", label: "Company", value: "NACA" },
      { key: "dietary_needs", label: "Dietary needs", value: "•••" },
      { key: "size_fit", label: "Fit", value: "Slim fit" },
    ]);
    expect(detail.notes).toBeNull();
    expect(detail.history.every((h) => h.note === null)).toBe(true);
    expect(detail.nextStatuses).toEqual([]);
    expect(result.canManage).toBe(false);
    const everything = JSON.stringify(result);
    for (const value of pii) expect(everything).not.toContain(value);
  });

  it("is not found for another organisation's owner, and for an order of another event", async () => {
    const { input, members } = await setup();
    const other = await createOrderFixture(db());
    const outsider = await createTestUser(db(), { orgId: other.event.orgId, role: "owner" });
    actAs(outsider);
    await expect(loadOrderDetail(input)).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
    await expect(loadOrderDetail({ ...input, orgId: other.event.orgId })).rejects.toMatchObject({
      digest: expect.stringMatching(/404/),
    });
    actAs(members.owner);
    await expect(loadOrderDetail({ ...input, eventId: other.event.id })).rejects.toMatchObject({
      digest: expect.stringMatching(/404/),
    });
  });
});

describe(`addOrderNote (${testDriver()})`, () => {
  it("adds the note and an audit entry without its text", async () => {
    const { members, input } = await setup();
    actAs(members.organiser);
    const result = await addOrderNote({ ...input, body: "  Wants it gift-wrapped  " });
    expect(result).toMatchObject({ ok: true });
    const notes = await db().select().from(orderNotes).where(eq(orderNotes.orderId, input.orderId));
    expect(notes).toEqual([
      expect.objectContaining({ body: "Wants it gift-wrapped", authorUserId: members.organiser.id }),
    ]);
    const [audit] = await db()
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, input.orgId), eq(auditEntries.action, "order.note_added")));
    expect(audit).toMatchObject({
      actorUserId: members.organiser.id,
      targetType: "order",
      targetId: input.orderId,
    });
    expect(JSON.stringify(audit?.details)).not.toContain("gift");
  });

  it("refuses an empty or too long note with a field error, and a viewer, changing nothing", async () => {
    const { members, input } = await setup();
    const before = await snapshotOrganisations(db(), [input.orgId]);
    actAs(members.organiser);
    const empty = await addOrderNote({ ...input, body: "   " });
    expect(empty).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { body: ["Write a note"] },
    });
    const long = await addOrderNote({ ...input, body: "x".repeat(limits.orderNoteMaxLength + 1) });
    expect(long).toMatchObject({ ok: false, code: "invalid_input" });
    expect(!long.ok && long.fieldErrors.body?.[0]).toMatch(/at most 2000/);
    actAs(members.viewer);
    expect(await addOrderNote({ ...input, body: "Hello" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshotOrganisations(db(), [input.orgId])).toEqual(before);
  });
});
