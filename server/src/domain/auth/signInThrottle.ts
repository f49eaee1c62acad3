import type { Clock } from '../clock';
import { DomainError } from '../errors';

/** How the per-account limit backs off. */
export interface SignInThrottleSettings {
  /** Failed attempts allowed before the account is locked for a while. */
  freeFailures: number;
  /** The first lock; each further failure doubles it. */
  firstLockMs: number;
  /** Locks never last longer than this. */
  maxLockMs: number;
  /** A record with no failure for this long is forgotten. */
  forgetAfterMs: number;
  /** At most this many accounts are tracked, so unknown addresses cannot fill memory. */
  maxTracked: number;
}

/** Five free guesses, then 1, 2, 4 … up to 30 minutes. */
export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleSettings = {
  freeFailures: 5, firstLockMs: 60_000, maxLockMs: 30 * 60_000, forgetAfterMs: 6 * 3_600_000, maxTracked: 50_000,
};

interface Failures { count: number; lastAt: number }

/** The key of an e-mail address for throttling: the same account however it is typed. */
export function accountKey(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/**
 * Password guesses per account, whichever address they come from: the
 * per-address limiter alone lets guesses spread over many addresses. Keys are
 * e-mail addresses whether or not an account exists, so a lock reveals nothing.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly clock: Clock, private readonly settings: SignInThrottleSettings = DEFAULT_SIGN_IN_THROTTLE) {}

  /** Milliseconds until this account may be tried again (0 when it may now). */
  lockedForMs(email: string): number {
    const entry = this.current(accountKey(email));
    if (!entry || entry.count < this.settings.freeFailures) return 0;
    const lock = Math.min(this.settings.firstLockMs * 2 ** (entry.count - this.settings.freeFailures), this.settings.maxLockMs);
    return Math.max(0, entry.lastAt + lock - this.clock.now().getTime());
  }

  /** Throws `rate_limited` while the account is locked; the password is not even checked. */
  assertOpen(email: string): void {
    const ms = this.lockedForMs(email);
    if (ms > 0) {
      const minutes = Math.ceil(ms / 60_000);
      throw new DomainError('rate_limited', `Too many failed attempts for this account; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    }
  }

  /** Counts a wrong password (or an unknown address). */
  recordFailure(email: string): void {
    const key = accountKey(email);
    const now = this.clock.now().getTime();
    const entry = this.current(key);
    this.failures.delete(key);
    if (this.failures.size >= this.settings.maxTracked) this.evictOldest();
    this.failures.set(key, { count: (entry?.count ?? 0) + 1, lastAt: now });
  }

  /** A right password clears the count. */
  recordSuccess(email: string): void {
    this.failures.delete(accountKey(email));
  }

  private current(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && this.clock.now().getTime() - entry.lastAt >= this.settings.forgetAfterMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Maps keep insertion order and failures re-insert, so the first key is the least recently failed. */
  private evictOldest(): void {
    const oldest = this.failures.keys().next();
    if (!oldest.done) this.failures.delete(oldest.value);
  }
}
