import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { formDrafts, formVersions } from "@/db/schema";
import { getPublicEvent } from "@/lib/events/queries";
import { limits } from "@/lib/limits";
import { defaultFormFields } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import {
  publishForm,
  restoreFormVersion,
  saveFormDraft,
} from "@/app/dashboard/[orgId]/events/[eventId]/form/actions";
import { loadFormBuilder, loadFormVersions } from "@/app/dashboard/[orgId]/events/[eventId]/form/loaders";
import { auditOf, formSnapshot, formWorld } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const sizeField = {
  type: "single_choice",
  key: "size",
  label: "T-shirt size",
  required: true,
  options: [
    { value: "m", label: "M" },
    { value: "l", label: "L" },
  ],
};
const v2Fields = [...defaultFormFields, sizeField];

function expectOk<T>(result: { ok: true; data: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.data;
}

describe(`saveFormDraft (${testDriver()})`, () => {
  test("creates the draft at revision 1, then advances it; invalid fields are saved with their issues", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const first = expectOk(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 }));
    expect(first.revision).toBe(1);
    expect(first.issues).toEqual([]);
    expect(new Date(first.savedAt).toISOString()).toBe(first.savedAt);

    const halfTyped = [...v2Fields, { type: "short_text", key: "badge", label: "" }];
    const second = await saveFormDraft({ ...w.ref, fields: halfTyped, revision: 1 });
    expect(second).toMatchObject({ ok: true, message: "Draft saved; fix the marked fields to publish." });
    expect(expectOk(second)).toMatchObject({
      revision: 2,
      issues: [{ path: [3, "label"], message: "Enter a label" }],
    });
    const [row] = await db.select().from(formDrafts).where(eq(formDrafts.eventId, w.eventId));
    expect(row).toMatchObject({
      fields: halfTyped,
      revision: 2,
      basedOnVersion: 1,
      updatedByUserId: w.organiser.id,
    });
  });

  test("a save based on a stale revision is refused, naming who changed it, and changes nothing", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    expectOk(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 }));
    actAs(w.owner);
    expectOk(await saveFormDraft({ ...w.ref, fields: defaultFormFields, revision: 1 }));
    const before = await formSnapshot(db, w.ref);

    actAs(w.organiser); // still on revision 1 in another tab
    const stale = await saveFormDraft({ ...w.ref, fields: [sizeField], revision: 1 });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    if (stale.ok) return;
    expect(stale.message).toMatch(
      /^This form was changed elsewhere \(by Owen Owner at .+\)\. Reload to see the latest version; your last change was not saved\.$/,
    );
    // Creating the draft when another tab already did: the insert conflicts, nothing is overwritten.
    expect(await saveFormDraft({ ...w.ref, fields: [sizeField], revision: 0 })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await formSnapshot(db, w.ref)).toEqual(before);
  });

  test("two first saves at once: exactly one creates the draft", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const results = await Promise.all(
      [v2Fields, [sizeField]].map((fields) => saveFormDraft({ ...w.ref, fields, revision: 0 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(1);
  });

  test.each([
    ["not a list", { fields: "short_text" }, "fields", "The form must be a list of fields"],
    [
      "a field that is not an object",
      { fields: [sizeField, "x"] },
      "fields.1",
      "Each field must be an object",
    ],
    [
      "too many fields",
      { fields: Array.from({ length: limits.fieldsPerForm + 1 }, (_, i) => ({ key: `f${i}` })) },
      "fields",
      `A form can have at most ${limits.fieldsPerForm} fields`,
    ],
    [
      "more JSON than a draft may hold",
      { fields: [{ type: "note", key: "n", text: "x".repeat(limits.formDraftMaxBytes) }] },
      "fields",
      "The form is too large to save",
    ],
    ["a negative revision", { fields: [], revision: -1 }, "revision", "cannot be negative"],
    ["an unexpected property", { fields: [], extra: 1 }, "extra", "This field is not expected"],
  ])("refuses %s with a field error and stores nothing", async (_, input, key, message) => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const before = await formSnapshot(db, w.ref);
    const result = await saveFormDraft({ ...w.ref, revision: 0, ...input });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok) return;
    expect(result.fieldErrors[key]?.join(" ")).toContain(message);
    expect(await formSnapshot(db, w.ref)).toEqual(before);
  });

  test("another organisation's event is not found; viewers and marketers are refused", async () => {
    const db = testDb();
    const w = await formWorld(db);
    const before = await formSnapshot(db, w.ref);
    actAs(w.outsider);
    const ownOrg = { orgId: w.other.event.orgId, eventId: w.eventId, fields: v2Fields, revision: 0 };
    expect(await saveFormDraft(ownOrg)).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    for (const member of [w.viewer, w.marketer]) {
      actAs(member);
      expect(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await formSnapshot(db, w.ref)).toEqual(before);
  });
});

describe(`publishForm (${testDriver()})`, () => {
  test("makes the draft version 2 with defaults applied, audited; attendees get it at once", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const { revision } = expectOk(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 }));
    const result = await publishForm({ ...w.ref, revision });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });

    const versions = await db.select().from(formVersions).where(eq(formVersions.eventId, w.eventId));
    const v2 = versions.find((v) => v.version === 2)!;
    expect(v2.publishedByUserId).toBe(w.organiser.id);
    expect(v2.fields[2]).toMatchObject({ key: "size", display: "radio", personal: false, required: true });
    const [draft] = await db.select().from(formDrafts).where(eq(formDrafts.eventId, w.eventId));
    expect(draft).toMatchObject({ basedOnVersion: 2, revision }); // the open builder stays current
    expect(await auditOf(db, w.orgId, "form.published")).toEqual([
      { actorUserId: w.organiser.id, details: expect.objectContaining({ version: 2, fieldCount: 3 }) },
    ]);
    const publicEvent = await getPublicEvent({ db, slug: w.fixture.event.slug });
    expect(publicEvent?.form).toMatchObject({ id: v2.id, version: 2 });

    const builder = await loadFormBuilder(w.ref);
    expect(builder).toMatchObject({ changedSincePublish: false, latestVersion: { version: 2 } });
    // Keys of every published version (old orders keep answers under them), each once.
    const keys = [...defaultFormFields.map((f) => f.key), ...v2.fields.map((f) => f.key)];
    expect([...builder.publishedKeys].sort()).toEqual([...new Set(keys)].sort());
  });

  test("nothing to publish when the draft equals the newest version, or when there is no draft", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    expect(await publishForm({ ...w.ref, revision: 0 })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "Nothing to publish: the form is the same as version 1",
    });
    // The same fields as typed (defaults not spelled out, keys in another order) are still the same form.
    const same = defaultFormFields.map((f) => Object.fromEntries(Object.entries(f).reverse()));
    const { revision } = expectOk(await saveFormDraft({ ...w.ref, fields: same, revision: 0 }));
    const before = await formSnapshot(db, w.ref);
    expect(await publishForm({ ...w.ref, revision })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "Nothing to publish: the form is the same as version 1",
    });
    expect(await formSnapshot(db, w.ref)).toEqual(before);
  });

  test("a stale revision is refused: you publish what you saw", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    expectOk(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 }));
    expectOk(await saveFormDraft({ ...w.ref, fields: [sizeField], revision: 1 }));
    const before = await formSnapshot(db, w.ref);
    const result = await publishForm({ ...w.ref, revision: 1 });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(result.ok ? "" : result.message).toContain(
      "This form was changed elsewhere (by Olive Organiser at",
    );
    expect(await formSnapshot(db, w.ref)).toEqual(before);
  });

  const catastrophic =
    "Patterns cannot repeat a group that contains a repetition or alternatives, such as (a+)+ or (a|b)*";
  test.each([
    [
      "wrong types",
      [{ type: "short_text", key: 7, label: 5, required: "yes" }],
      {
        "fields.0.key": "Enter a key",
        "fields.0.label": "Enter a label",
        "fields.0.required": "expected boolean",
      },
    ],
    [
      "an unknown field type",
      [{ type: "signature", key: "sig", label: "Sign here" }],
      { "fields.0.type": "Choose a field type: short_text, long_text" },
    ],
    [
      "duplicate keys",
      [
        { type: "short_text", key: "name", label: "Name" },
        { type: "email", key: "name", label: "Email" },
      ],
      { "fields.1.key": "The key “name” is already used by field 1" },
    ],
    [
      "a condition on a later field",
      [
        { type: "short_text", key: "why", label: "Why?", visibleWhen: { field: "vegan", op: "checked" } },
        { type: "checkbox", key: "vegan", label: "Vegan?" },
      ],
      {
        "fields.0.visibleWhen.field":
          "“vegan” comes after this field; a field can only depend on fields above it",
      },
    ],
    [
      "an empty choice list",
      [{ type: "single_choice", key: "size", label: "Size", options: [] }],
      { "fields.0.options": "Add at least one option" },
    ],
    [
      "a catastrophic regular expression",
      [{ type: "short_text", key: "code", label: "Code", pattern: "(a+)+$", patternMessage: "Letters a" }],
      { "fields.0.pattern": catastrophic },
    ],
    [
      "a regular expression that does not compile",
      [{ type: "short_text", key: "code", label: "Code", pattern: "([a-z", patternMessage: "Bad" }],
      { "fields.0.pattern": "This is not a valid pattern: " },
    ],
  ])(
    "a draft with %s is saved, but publishing it is refused with every message and writes nothing",
    async (_, fields, expected) => {
      const db = testDb();
      const w = await formWorld(db);
      actAs(w.organiser);
      const saved = await saveFormDraft({ ...w.ref, fields, revision: 0 });
      const { revision, issues } = expectOk(saved);
      expect(issues.length).toBeGreaterThan(0);
      const before = await formSnapshot(db, w.ref);

      const result = await publishForm({ ...w.ref, revision });
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      if (result.ok) return;
      expect(result.message).toMatch(/^The form has \d+ problems? to fix before it can be published\.$/);
      for (const [key, message] of Object.entries(expected)) {
        expect(result.fieldErrors[key]?.join(" "), key).toContain(message);
      }
      // Every issue of the draft is a field error, with the schema's own message.
      expect(Object.values(result.fieldErrors).flat().sort()).toEqual(issues.map((i) => i.message).sort());
      expect(await formSnapshot(db, w.ref)).toEqual(before);
    },
  );

  test("viewers, marketers and other organisations cannot publish", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const { revision } = expectOk(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 }));
    const before = await formSnapshot(db, w.ref);
    for (const member of [w.viewer, w.marketer, w.outsider]) {
      actAs(member);
      expect(await publishForm({ ...w.ref, revision })).toMatchObject({ ok: false, code: "forbidden" });
    }
    actAs(w.outsider);
    expect(await publishForm({ orgId: w.other.event.orgId, eventId: w.eventId, revision })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await formSnapshot(db, w.ref)).toEqual(before);
  });

  test("the first publication of a form without versions is version 1; an empty first form is refused", async () => {
    const db = testDb();
    const w = await formWorld(db, { formFields: null });
    actAs(w.organiser);
    const empty = expectOk(await saveFormDraft({ ...w.ref, fields: [], revision: 0 }));
    expect(await publishForm({ ...w.ref, revision: empty.revision })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "Nothing to publish yet: add a field to the form first.",
    });
    const { revision } = expectOk(
      await saveFormDraft({ ...w.ref, fields: [sizeField], revision: empty.revision }),
    );
    expect(await publishForm({ ...w.ref, revision })).toMatchObject({ ok: true, data: { version: 1 } });
  });
});

describe(`restoreFormVersion (${testDriver()})`, () => {
  test("an old version becomes the draft (revision advanced, audited); the versions are untouched", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const saved = expectOk(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 }));
    expectOk(await publishForm({ ...w.ref, revision: saved.revision }));
    const versionsBefore = (await formSnapshot(db, w.ref)).versions;

    const result = await restoreFormVersion({ ...w.ref, version: 1, revision: saved.revision });
    expect(result).toMatchObject({ ok: true, data: { revision: saved.revision + 1 } });
    const builder = await loadFormBuilder(w.ref);
    expect(builder.draft).toMatchObject({ revision: saved.revision + 1, basedOnVersion: 1 });
    expect(builder.draft.fields).toEqual(versionsBefore[0]!.fields);
    expect(builder.changedSincePublish).toBe(true);
    expect((await formSnapshot(db, w.ref)).versions).toEqual(versionsBefore);
    expect(await auditOf(db, w.orgId, "form.restored")).toEqual([
      { actorUserId: w.organiser.id, details: expect.objectContaining({ version: 1 }) },
    ]);
    // Republishing the restored fields makes version 3, equal in content to version 1.
    expect(await publishForm({ ...w.ref, revision: saved.revision + 1 })).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
  });

  test("with no draft yet it creates one; an unknown version is not found; a stale revision conflicts", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const before = await formSnapshot(db, w.ref);
    expect(await restoreFormVersion({ ...w.ref, version: 9, revision: 0 })).toMatchObject({
      ok: false,
      code: "not_found",
      message: "This form has no version 9.",
    });
    expect(await restoreFormVersion({ ...w.ref, version: 1, revision: 4 })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await formSnapshot(db, w.ref)).toEqual(before);
    expect(await restoreFormVersion({ ...w.ref, version: 1, revision: 0 })).toMatchObject({
      ok: true,
      data: { revision: 1 },
    });
  });

  test("refused to viewers, marketers and another organisation", async () => {
    const db = testDb();
    const w = await formWorld(db);
    const before = await formSnapshot(db, w.ref);
    for (const member of [w.viewer, w.marketer, w.outsider]) {
      actAs(member);
      expect(await restoreFormVersion({ ...w.ref, version: 1, revision: 0 })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    actAs(w.outsider);
    expect(
      await restoreFormVersion({ orgId: w.other.event.orgId, eventId: w.eventId, version: 1, revision: 0 }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await formSnapshot(db, w.ref)).toEqual(before);
  });
});

describe(`loaders (${testDriver()})`, () => {
  test("without a draft the builder opens on the newest version at revision 0; viewers cannot edit", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.viewer);
    const builder = await loadFormBuilder(w.ref);
    expect(builder).toMatchObject({
      event: {
        id: w.eventId,
        name: w.fixture.event.name,
        slug: w.fixture.event.slug,
        status: "published",
        currency: "EUR",
        timeZone: "Europe/Amsterdam",
      },
      draft: { revision: 0, basedOnVersion: 1 },
      issues: [],
      latestVersion: { version: 1 },
      changedSincePublish: false,
      canEdit: false,
    });
    expect(builder.draft.fields).toHaveLength(2);
    expect(await db.select().from(formDrafts).where(eq(formDrafts.eventId, w.eventId))).toEqual([]);
    actAs(w.organiser);
    expect((await loadFormBuilder(w.ref)).canEdit).toBe(true);
  });

  test("shows the draft's issues at their paths; a new event has an empty draft and no version", async () => {
    const db = testDb();
    const w = await formWorld(db, { formFields: null });
    actAs(w.organiser);
    expect(await loadFormBuilder(w.ref)).toMatchObject({
      draft: { fields: [], revision: 0, basedOnVersion: null },
      latestVersion: null,
      publishedKeys: [],
      changedSincePublish: false,
    });
    const fields = [sizeField, { ...sizeField, key: "size_2", label: "" }];
    expectOk(await saveFormDraft({ ...w.ref, fields, revision: 0 }));
    const builder = await loadFormBuilder(w.ref);
    expect(builder.issues).toEqual([{ path: [1, "label"], message: "Enter a label" }]);
    expect(builder).toMatchObject({ changedSincePublish: true, draft: { revision: 1, fields } });
  });

  test("versions: newest first, who published, how many orders each, what changed", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const { revision } = expectOk(await saveFormDraft({ ...w.ref, fields: v2Fields, revision: 0 }));
    expectOk(await publishForm({ ...w.ref, revision }));
    actAs(w.marketer);
    const { versions, canEdit } = await loadFormVersions(w.ref);
    expect(canEdit).toBe(false);
    expect(versions.map((v) => [v.version, v.publishedBy, v.fieldCount, v.orderCount])).toEqual([
      [2, "Olive Organiser", 3, 0],
      [1, null, 2, 0],
    ]);
    expect(versions[0]!.changes).toEqual([{ kind: "added", key: "size", label: "T-shirt size" }]);
    expect(versions[1]!.changes.map((c) => c.kind)).toEqual(["added", "added"]);
    expect(versions[0]!.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test("another organisation's event is a 404", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.outsider);
    await expect(loadFormBuilder({ orgId: w.other.event.orgId, eventId: w.eventId })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(loadFormVersions({ orgId: w.other.event.orgId, eventId: w.eventId })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});
