/** "1 minute", "3 minutes": how long to wait, as attendees and organisers read it (rounded up). */
export function waitText(seconds: number): string {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? "1 minute" : `${m} minutes`;
}
