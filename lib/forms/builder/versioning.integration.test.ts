import { parse } from "csv-parse/sync";
import { getOrgEvent } from "@/lib/events/org-event";
import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { formVersions, orders } from "@/db/schema";
import { compileAnswersSchema } from "@/lib/forms/compile";
import type { FieldDefinition, FieldDefinitionInput } from "@/lib/forms/definitions";
import { formatAnswers } from "@/lib/forms/format-answers";
import { exportOrdersCsv } from "@/lib/orders/manage/export-csv";
import { getOrderDetail } from "@/lib/orders/manage/order-detail";
import { parseOrderFilters } from "@/lib/orders/manage/order-filters";
import { loadFormattedAnswers } from "@/lib/orders/order-details";
import { placeOrder } from "@/lib/orders/place-order";
import { orderInputFor } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import { publishForm, saveFormDraft } from "@/app/dashboard/[orgId]/events/[eventId]/form/actions";
import { formWorld } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const v1Fields: FieldDefinitionInput[] = [
  { type: "short_text", key: "dietary_needs", label: "Dietary needs", personal: true },
  {
    type: "single_choice",
    key: "fit",
    label: "Fit",
    options: [
      { value: "slim", label: "Slim fit" },
      { value: "regular", label: "Regular fit" },
    ],
  },
  { type: "short_text", key: "team", label: "Your team" },
];

/** v2 renames a label and an option's label, removes "team", and adds a conditional required field. */
const v2Fields: FieldDefinitionInput[] = [
  { type: "short_text", key: "dietary_needs", label: "Allergies", personal: true },
  {
    type: "single_choice",
    key: "fit",
    label: "Cut",
    options: [
      { value: "slim", label: "Narrow" },
      { value: "regular", label: "Standard" },
    ],
  },
  { type: "checkbox", key: "parking", label: "Do you need a parking space?" },
  {
    type: "short_text",
    key: "plate",
    label: "Number plate",
    required: true,
    visibleWhen: { field: "parking", op: "checked" },
  },
];

/** The export's CSV read back: records end in CRLF only (as the export writes them), a BOM is skipped. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: "\r\n" });
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe(`form versions keep old orders readable (${testDriver()})`, () => {
  test("an order placed on v1 reads with v1's labels and answers after v2 renames and removes fields", async () => {
    const db = testDb();
    const w = await formWorld(db, { formFields: v1Fields });
    const placed = await placeOrder({
      db,
      eventSlug: w.fixture.event.slug,
      input: orderInputFor(w.fixture, {
        name: "Ada Lovelace",
        answers: { dietary_needs: "Vegan", fit: "slim", team: "Platform" },
      }),
    });
    if (!placed.ok) throw new Error(placed.message);

    actAs(w.organiser);
    const saved = await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 });
    if (!saved.ok) throw new Error(saved.message);
    expect(await publishForm({ ...w.ref, revision: saved.data.revision })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });

    const [order] = await db.select().from(orders).where(eq(orders.id, placed.order.id));
    const [v1] = await db.select().from(formVersions).where(eq(formVersions.id, order!.formVersionId!));
    expect(v1?.version).toBe(1);
    const expected = [
      { key: "dietary_needs", label: "Dietary needs", value: "Vegan" },
      { key: "fit", label: "Fit", value: "Slim fit" },
      { key: "team", label: "Your team", value: "Platform" },
    ];
    expect(formatAnswers({ fields: v1!.fields, answers: order!.answers, maskPersonal: false })).toEqual(
      expected,
    );
    // The attendee's own page and emails format through the same stored version.
    expect(
      await loadFormattedAnswers({
        db,
        formVersionId: order!.formVersionId,
        answers: order!.answers,
        timeZone: "Europe/Amsterdam",
      }),
    ).toEqual(expected);

    const detail = await getOrderDetail({
      db,
      orgId: w.orgId,
      eventId: w.eventId,
      orderId: order!.id,
      showPersonalData: true,
      canManage: true,
    });
    expect(detail.formVersion).toBe(1);
    expect(detail.answers).toEqual(expected);
    const masked = await getOrderDetail({
      db,
      orgId: w.orgId,
      eventId: w.eventId,
      orderId: order!.id,
      showPersonalData: false,
      canManage: false,
    });
    expect(masked.answers[0]).toEqual({ key: "dietary_needs", label: "Dietary needs", value: "•••" });

    const event = await getOrgEvent({ db, orgId: w.orgId, eventId: w.eventId });
    const { stream } = exportOrdersCsv({
      db,
      event,
      query: parseOrderFilters({}),
      canSeePersonal: true,
      actorUserId: w.organiser.id,
    });
    const [header, ...rows] = parseCsv((await readAll(stream)).slice(1));
    // Columns are the union of the versions by key (labelled as the newest labels them); the removed
    // field keeps its column, and the v1 order's values read through v1's options.
    const answerColumns = header!.slice(7);
    expect(answerColumns).toEqual([
      "Allergies",
      "Cut",
      "Do you need a parking space?",
      "Number plate",
      "Your team",
    ]);
    const row = rows.find((r) => r[0] === placed.order.reference)!;
    expect(row.slice(7)).toEqual(["Vegan", "Slim fit", "", "", "Platform"]);
  });

  test("a field hidden by its condition is neither required nor stored (compiler and place-order)", async () => {
    const db = testDb();
    const w = await formWorld(db, { formFields: v2Fields });
    const [version] = await db.select().from(formVersions).where(eq(formVersions.eventId, w.eventId));
    const fields = version!.fields as FieldDefinition[];

    const schema = compileAnswersSchema(fields);
    const hidden = schema.safeParse({ dietary_needs: "", fit: "slim", parking: false, plate: "SNEAKY-1" });
    expect(hidden.success).toBe(true);
    expect(hidden.data).not.toHaveProperty("plate");
    const shown = schema.safeParse({ fit: "slim", parking: true });
    expect(shown.success).toBe(false);
    expect(shown.error?.issues.map((i) => i.path)).toEqual([["plate"]]);

    const withoutParking = await placeOrder({
      db,
      eventSlug: w.fixture.event.slug,
      input: orderInputFor(w.fixture, { answers: { fit: "regular", parking: false, plate: "SNEAKY-1" } }),
    });
    if (!withoutParking.ok) throw new Error(withoutParking.message);
    const [stored] = await db.select().from(orders).where(eq(orders.id, withoutParking.order.id));
    expect(stored!.answers).not.toHaveProperty("plate");
    expect(stored!.answers).toMatchObject({ fit: "regular", parking: false });

    const missingPlate = await placeOrder({
      db,
      eventSlug: w.fixture.event.slug,
      input: orderInputFor(w.fixture, { answers: { fit: "regular", parking: true } }),
    });
    expect(missingPlate).toMatchObject({ ok: false, code: "invalid_input" });
    expect(missingPlate.ok ? {} : missingPlate.fieldErrors).toHaveProperty(["answers.plate"]);

    const withPlate = await placeOrder({
      db,
      eventSlug: w.fixture.event.slug,
      input: orderInputFor(w.fixture, { answers: { fit: "regular", parking: true, plate: "AB-12-CD" } }),
    });
    if (!withPlate.ok) throw new Error(withPlate.message);
    const [kept] = await db.select().from(orders).where(eq(orders.id, withPlate.order.id));
    expect(kept!.answers).toMatchObject({ parking: true, plate: "AB-12-CD" });
  });

  test("orders placed after publishing answer the new version; each keeps its own", async () => {
    const db = testDb();
    const w = await formWorld(db, { formFields: v1Fields });
    actAs(w.organiser);
    const saved = await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 });
    if (!saved.ok) throw new Error(saved.message);
    expect((await publishForm({ ...w.ref, revision: saved.data.revision })).ok).toBe(true);

    const placed = await placeOrder({
      db,
      eventSlug: w.fixture.event.slug,
      input: orderInputFor(w.fixture, { answers: { fit: "slim", parking: false } }),
    });
    if (!placed.ok) throw new Error(placed.message);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.order.id));
    const [v2] = await db.select().from(formVersions).where(eq(formVersions.id, order!.formVersionId!));
    expect(v2?.version).toBe(2);
    expect(
      formatAnswers({ fields: v2!.fields, answers: order!.answers, maskPersonal: false }).map((a) => a.label),
    ).toEqual(["Cut", "Do you need a parking space?"]);
  });
});
