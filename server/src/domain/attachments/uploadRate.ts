import type { Clock } from '../clock';

const HOUR_MS = 3_600_000;

/**
 * Uploads per person in the last hour (a sliding window, per node). Counted
 * per user rather than per session, so several tabs or devices share one budget.
 */
export class UploadRate {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly perHour: number, private readonly clock: Clock) {}

  /** Takes one upload from the user's budget; false when the hour's budget is spent. */
  take(userId: string): boolean {
    const now = this.clock.now().getTime();
    const kept = (this.recent.get(userId) ?? []).filter((at) => at > now - HOUR_MS);
    if (kept.length >= this.perHour) {
      this.recent.set(userId, kept);
      return false;
    }
    kept.push(now);
    this.recent.set(userId, kept);
    return true;
  }
}
