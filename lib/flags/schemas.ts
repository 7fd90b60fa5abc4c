import { z } from "zod";
import { text } from "@/lib/validation/text";
import { FLAG_KEYS } from "./definitions";

/** Most ids an allow list holds: the roll-out percentage is for more. */
export const FLAG_ALLOW_LIST_MAX = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An allow list as the operator types it: ids separated by commas, spaces or new lines; each one checked. Also
 * the list it parses to: the form checks in the browser and posts the parsed values, which the server action
 * parses again with this same schema (an array only here would refuse every save).
 */
const idList = (what: string) =>
  z
    .union([
      text().max(FLAG_ALLOW_LIST_MAX * 40, `Too many ${what} ids`),
      z.array(text().max(40)).max(FLAG_ALLOW_LIST_MAX, `At most ${FLAG_ALLOW_LIST_MAX} ${what} ids`),
    ])
    .transform((raw, ctx) => {
      const ids = [
        ...new Set(
          (Array.isArray(raw) ? raw : raw.split(/[\s,]+/)).filter(Boolean).map((id) => id.toLowerCase()),
        ),
      ];
      const bad = ids.filter((id) => !UUID.test(id));
      if (bad.length > 0) {
        ctx.addIssue({ code: "custom", message: `Not ${what} ids: ${bad.slice(0, 3).join(", ")}` });
        return z.NEVER;
      }
      if (ids.length > FLAG_ALLOW_LIST_MAX) {
        ctx.addIssue({ code: "custom", message: `At most ${FLAG_ALLOW_LIST_MAX} ${what} ids` });
        return z.NEVER;
      }
      return ids;
    });

/** The operator page's flag form, checked in the browser and again by the server action. */
export const flagUpdateSchema = z.object({
  key: z.enum(FLAG_KEYS, "Unknown flag"),
  enabled: z.boolean(),
  rolloutPercent: z.coerce
    .number("Enter a percentage from 0 to 100")
    .int("Enter a whole percentage")
    .min(0, "Enter a percentage from 0 to 100")
    .max(100, "Enter a percentage from 0 to 100"),
  orgIds: idList("organisation"),
  eventIds: idList("event"),
});
