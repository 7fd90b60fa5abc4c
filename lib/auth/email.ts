/** One person, one address: trimmed and lower-cased before any lookup, limit or invitation match. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
