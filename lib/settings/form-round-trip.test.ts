import { describe, expect, it } from "vitest";
import { flagUpdateSchema } from "@/lib/flags/schemas";
import { eventMaintenanceSchema, globalMaintenanceSchema } from "@/lib/maintenance/schemas";

/**
 * The operator's and organiser's forms (useActionForm) check their values in the browser and post what the schema
 * made of them; the server action parses that again with the same schema. So each schema must accept its own
 * output — the flag form's allow lists (text → ids) and an empty maintenance message ("" → null) did not, and
 * every such save was refused with "Please correct the highlighted fields".
 */
describe("settings forms: the server accepts what the browser's parse posts", () => {
  it("flag form: the allow lists, typed then parsed", () => {
    const typed = {
      key: "order-link-resend" as const,
      enabled: true,
      rolloutPercent: "0",
      orgIds: "00000000-0000-4000-8000-000000000001",
      eventIds: "",
    };
    const posted = flagUpdateSchema.parse(typed);
    expect(posted.orgIds).toEqual(["00000000-0000-4000-8000-000000000001"]);
    expect(flagUpdateSchema.parse(posted)).toEqual(posted);
    expect(flagUpdateSchema.safeParse({ ...posted, eventIds: ["not-an-id"] }).success).toBe(false);
  });

  it("maintenance forms: an empty message, typed then parsed", () => {
    const posted = globalMaintenanceSchema.parse({ mode: "read_only", message: "  " });
    expect(posted.message).toBeNull();
    expect(globalMaintenanceSchema.parse(posted)).toEqual(posted);
    const ids = {
      orgId: "00000000-0000-4000-8000-000000000001",
      eventId: "00000000-0000-4000-8000-000000000002",
    };
    expect(eventMaintenanceSchema.parse({ ...ids, ...posted })).toEqual({ ...ids, ...posted });
  });
});
