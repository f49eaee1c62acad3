/**
 * An instant `days` from now at 15:00 UTC: for what must lie in the future
 * when the test runs (a conference cannot be scheduled in the past), so that
 * no test starts failing on a fixed calendar date.
 */
export function daysFromNow(days: number): string {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + days);
  at.setUTCHours(15, 0, 0, 0);
  return at.toISOString();
}
