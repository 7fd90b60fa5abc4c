/**
 * The feature flags Swagstand's code asks for (ADR 027). A flag exists in code first: the operator page lists
 * these and stores their state in `feature_flags`; a key with no row has its default. No imports: shared by the server,
 * the operator page and the tests.
 *
 * `onWithoutRow`: what a flag is before an operator first saves it. A feature that already shipped and is put
 * behind a flag as a kill switch starts on for everyone (100%); a new feature starts off.
 */
export const FLAG_DEFINITIONS = {
  "order-link-resend": {
    description:
      "Attendees who reached the order limit can ask for the link to their order again by email (the order page).",
    onWithoutRow: true,
  },
} as const;

export type FlagKey = keyof typeof FLAG_DEFINITIONS;

export const FLAG_KEYS = Object.keys(FLAG_DEFINITIONS) as FlagKey[];

/** The rule of a flag nobody has saved yet (see `onWithoutRow`). */
export function defaultRule(key: string) {
  const on = isFlagKey(key) && FLAG_DEFINITIONS[key].onWithoutRow;
  return { key, enabled: on, rolloutPercent: on ? 100 : 0, orgIds: [] as string[], eventIds: [] as string[] };
}

export function isFlagKey(value: unknown): value is FlagKey {
  return typeof value === "string" && Object.hasOwn(FLAG_DEFINITIONS, value);
}
