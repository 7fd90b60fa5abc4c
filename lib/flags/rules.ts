/**
 * Feature flag evaluation (issue 14, ADR 027): pure, so every rule is unit-tested and the server decides the
 * same way wherever it asks. A flag is off unless `enabled`; when enabled it is on for the listed organisations
 * and events, and for `rolloutPercent`% of the rest, chosen by a stable hash of the flag key and the subject (the
 * event, else the organisation): the same event stays in or out as the percentage holds, raising the percentage
 * only adds subjects, and each flag picks its own subjects.
 */
export type FlagRule = {
  key: string;
  enabled: boolean;
  rolloutPercent: number;
  orgIds: readonly string[];
  eventIds: readonly string[];
};

export type FlagSubject = { orgId?: string | null; eventId?: string | null };

export function evaluateFlag(rule: FlagRule | null | undefined, subject: FlagSubject): boolean {
  if (!rule || !rule.enabled) return false;
  const { orgId, eventId } = subject;
  if (eventId && rule.eventIds.includes(eventId)) return true;
  if (orgId && rule.orgIds.includes(orgId)) return true;
  const unit = eventId ?? orgId;
  if (rule.rolloutPercent >= 100) return true;
  if (!unit || rule.rolloutPercent <= 0) return false;
  return rolloutBucket(rule.key, unit) < rule.rolloutPercent;
}

/** 0-99, stable for a flag and a subject: FNV-1a (32-bit) of "key:subject". */
export function rolloutBucket(key: string, subject: string): number {
  let hash = 0x811c9dc5;
  const input = `${key}:${subject}`;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}
