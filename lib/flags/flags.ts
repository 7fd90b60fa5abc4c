import "server-only";
import { flag } from "flags/next";
import { getDb } from "@/db/client";
import { FLAG_DEFINITIONS, type FlagKey } from "./definitions";
import { flagProvider } from "./provider";
import type { FlagSubject } from "./rules";

/**
 * Swagstand's flags as the `flags` SDK (Vercel's Flags SDK for Next.js) declares them, decided by our own
 * Postgres provider (lib/flags/provider.ts, ADR 027). Evaluated on the server only, with the organisation and
 * event the request is about as the entities; a page hands the decided values to its client components in the
 * settings object (lib/settings, ADR 034), never by evaluating a flag in the browser.
 */
function booleanFlag(key: FlagKey) {
  return flag<boolean, FlagSubject>({
    key,
    description: FLAG_DEFINITIONS[key].description,
    defaultValue: false,
    options: [
      { label: "Off", value: false },
      { label: "On", value: true },
    ],
    decide: ({ entities }) => flagProvider(getDb).isOn(key, entities ?? {}),
  });
}

export const orderLinkResendFlag = booleanFlag("order-link-resend");

const FLAGS: Record<FlagKey, ReturnType<typeof booleanFlag>> = { "order-link-resend": orderLinkResendFlag };

/** Is this flag on for this organisation/event? (pages, through the settings object, and actions ask alike) */
export async function flagEnabled(key: FlagKey, subject: FlagSubject): Promise<boolean> {
  try {
    return await FLAGS[key].run({ identify: subject });
  } catch {
    // The SDK reads its override cookie first, and a forged one fails to decrypt (without FLAGS_SECRET, always):
    // a visitor's cookie must not break the page, so decide without overrides.
    return flagProvider(getDb).isOn(key, subject);
  }
}

/** Is "email me my order link again" on for this event? (its server action asks before doing anything) */
export function orderLinkResendEnabled(subject: FlagSubject): Promise<boolean> {
  return flagEnabled("order-link-resend", subject);
}
