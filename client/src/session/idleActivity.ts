import { endpoints } from '../api/endpoints';

/** Shared by every tab of the app: when the server last heard of this person's activity. */
const REPORTED_KEY = 'carehuddle.activity-reported-at';
/** While the person is active, activity is reported at most this often. */
export const REPORT_EVERY_MS = 20_000;
/**
 * The server records activity at most every 15 seconds, so its idle clock may
 * start a little before our last report; the client signs out this much early.
 */
export const SERVER_SLACK_MS = 20_000;

/** When activity was last reported to the server, by any tab. */
export function lastReportedAt(): number {
  return Number(localStorage.getItem(REPORTED_KEY) ?? 0) || 0;
}

/** Records that the server has just heard of activity (sign-in counts too). */
export function markReported(at = Date.now()): void {
  localStorage.setItem(REPORTED_KEY, String(at));
}

/** Forgets the activity time (sign-out). */
export function forgetActivity(): void {
  localStorage.removeItem(REPORTED_KEY);
}

/**
 * Reports a person's action to the server (keyboard, pointer, "Stay signed
 * in") unless a tab did so moments ago. Automatic refreshes never call this:
 * they must not keep an untouched tab signed in.
 */
export async function reportActivity(force = false): Promise<void> {
  if (!force && Date.now() - lastReportedAt() < REPORT_EVERY_MS) return;
  markReported();
  await endpoints.reportActivity().catch(() => undefined);
}
