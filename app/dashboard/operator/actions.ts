"use server";

import { updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { operatorAction } from "@/lib/actions/operator";
import { flagProvider } from "@/lib/flags/provider";
import { flagUpdateSchema } from "@/lib/flags/schemas";
import { saveFlag } from "@/lib/flags/store";
import { MAINTENANCE_TAG } from "@/lib/maintenance/cached";
import { globalMaintenanceSchema } from "@/lib/maintenance/schemas";
import { saveGlobal } from "@/lib/maintenance/store";
import { fail, ok } from "@/lib/validation/action-result";

/** The operator page's actions (ADR 027): operators only (OPERATOR_EMAILS), each change audited. */

export const saveGlobalMaintenanceAction = operatorAction({
  name: "saveGlobalMaintenance",
  input: globalMaintenanceSchema,
  run: async ({ db, user, input }) => {
    await saveGlobal({ db, userId: user.id, setting: input });
    // This instance sees it at once; others within the cache lifetime (ADR 027).
    updateTag(MAINTENANCE_TAG);
    const overridden = process.env.MAINTENANCE_MODE?.trim();
    return ok(
      overridden
        ? `Saved. MAINTENANCE_MODE=${overridden} is set on this deployment and wins until it is removed.`
        : "Global maintenance saved.",
    );
  },
});

export const saveFlagAction = operatorAction({
  name: "saveFlag",
  input: flagUpdateSchema,
  run: async ({ db, user, input }) => {
    const saved = await saveFlag({ db, userId: user.id, flag: input });
    if (!saved.ok) return fail("invalid_input", "Please correct the highlighted fields.", saved.fieldErrors);
    flagProvider(getDb).invalidate();
    return ok(`Flag ${input.key} saved.`);
  },
});
