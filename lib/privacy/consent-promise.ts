/**
 * The consent text promises how long personal data is kept; the retention setting decides it (issue 13).
 * These keep the two in agreement in the form builder: a sentence to insert, and the "N days" the text
 * promises that differ from the event's period.
 */
export function retentionSentence(days: number): string {
  return `We delete your name, email address and answers ${days} ${days === 1 ? "day" : "days"} after the event.`;
}

/** Numbers of days the text mentions ("90 days", "30-day") that are not the retention period. */
export function mismatchedRetentionDays(text: string, days: number): number[] {
  const found = [...text.matchAll(/\b(\d{1,5})[\s-]*days?\b/gi)].map((m) => Number(m[1]));
  return [...new Set(found.filter((n) => n !== days))];
}

/** The text with the retention sentence appended (once). */
export function withRetentionSentence(text: string, days: number): string {
  const sentence = retentionSentence(days);
  if (text.includes(sentence)) return text;
  const trimmed = text.trimEnd();
  return trimmed === "" ? sentence : `${trimmed} ${sentence}`;
}
