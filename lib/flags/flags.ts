import "server-only";
import { flag } from "flags/next";
import { getDb } from "@/db/client";
import { FLAG_DEFINITIONS, type FlagKey } from "./definitions";
import { flagProvider } from "./provider";
import type { FlagSubject } from "./rules";

/**
 * Swagstand's flags as the `flags` SDK (Vercel's Flags SDK for Next.js) declares them, decided by our own
 * Postgres provider (lib/flags/provider.ts, ADR 027). Evaluated on the server only, with the organisation and
 * event the request is about as the entities; a page passes the decided value to its client components as a
 * prop, never by evaluating a flag in the browser.
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

/** Is "email me my order link again" on for this event? (the order page and its server action ask alike) */
export async function orderLinkResendEnabled(subject: FlagSubject): Promise<boolean> {
  try {
    return await orderLinkResendFlag.run({ identify: subject });
  } catch {
    // The SDK reads its override cookie first, and a forged one fails to decrypt (without FLAGS_SECRET, always):
    // a visitor's cookie must not break the page, so decide without overrides.
    return flagProvider(getDb).isOn("order-link-resend", subject);
  }
}
