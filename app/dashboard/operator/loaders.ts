import "server-only";
import { z } from "zod";
import { operatorLoader } from "@/lib/actions/operator";
import { listFlags } from "@/lib/flags/store";
import { readGlobal, readStoredGlobal } from "@/lib/maintenance/store";

/** The operator page: the global maintenance setting (stored and obeyed) and every feature flag's state. */
export const loadOperatorPage = operatorLoader({
  name: "loadOperatorPage",
  input: z.object({}),
  load: async ({ db }) => {
    const [stored, obeyed, flags] = await Promise.all([readStoredGlobal(db), readGlobal(db), listFlags(db)]);
    return { stored, obeyed, flags };
  },
});
