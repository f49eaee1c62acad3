import { createHmac, randomBytes } from 'node:crypto';
import type { SessionRecord, Store, UserRecord } from '../../storage/port';
import type { Clock } from '../clock';
import { SignInThrottle } from './signInThrottle';

/** Session lifetimes. */
export interface SessionPolicy {
  /** Sign-out after this long without user activity. */
  idleMs: number;
  /** Sign-out this long after sign-in, whatever the activity. */
  maxMs: number;
}

/** A live session with its user. */
export interface ResolvedSession {
  session: SessionRecord;
  user: UserRecord;
}

/** Activity is written at most this often, so reads don't become writes on every request. */
const TOUCH_EVERY_MS = 15_000;

/**
 * Sessions are stored under a keyed hash of the cookie token: a leaked
 * database alone cannot be replayed as a cookie.
 */
export class SessionManager {
  /** Failed password checks per account (sign-in, invitation acceptance, password change). */
  readonly throttle: SignInThrottle;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly secret: string,
    readonly policy: SessionPolicy,
  ) {
    this.throttle = new SignInThrottle(clock);
  }

  /** The stored id for a cookie token. */
  idOf(token: string): string {
    return this.keyedHash(token);
  }

  /** A keyed hash of any bearer token (session cookies, invitation links): what the store keeps, never the token. */
  keyedHash(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('hex');
  }

  /** Starts a session and returns the token for the cookie. */
  async start(userId: string): Promise<{ token: string; session: SessionRecord }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session: SessionRecord = {
      id: this.idOf(token),
      userId,
      createdAt: now.toISOString(),
      lastActiveAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.policy.maxMs).toISOString(),
    };
    await this.store.sessions.create(session);
    return { token, session };
  }

  /** Whether a session has ended by idleness or age at `now`. */
  isExpired(session: SessionRecord, now: Date = this.clock.now()): boolean {
    return (
      now.getTime() >= Date.parse(session.expiresAt) ||
      now.getTime() - Date.parse(session.lastActiveAt) >= this.policy.idleMs
    );
  }

  /** Looks a token up; an expired session is deleted and reported as absent. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const session = await this.store.sessions.findById(this.idOf(token));
    if (!session) return null;
    if (this.isExpired(session)) {
      await this.store.sessions.delete(session.id);
      return null;
    }
    const user = await this.store.users.findById(session.userId);
    // A disabled account's sessions are deleted when it is disabled; this also covers one started in a race.
    if (!user || user.disabledAt) return null;
    return { session, user };
  }

  /** Records user activity (not heartbeats or presence), which postpones the idle sign-out. */
  async touch(session: SessionRecord): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - Date.parse(session.lastActiveAt) < TOUCH_EVERY_MS) return;
    session.lastActiveAt = now.toISOString();
    await this.store.sessions.touch(session.id, session.lastActiveAt);
  }

  private readonly touchedAt = new Map<string, number>();

  /**
   * Records activity on a live channel (an edit, a note), where only the
   * session id is at hand. Heartbeats and presence must not call this.
   */
  async touchById(sessionId: string): Promise<void> {
    const now = this.clock.now();
    const last = this.touchedAt.get(sessionId) ?? 0;
    if (now.getTime() - last < TOUCH_EVERY_MS) return;
    this.touchedAt.set(sessionId, now.getTime());
    await this.store.sessions.touch(sessionId, now.toISOString());
  }

  /** Whether a session is still live (exists and has not expired). */
  async isLive(sessionId: string): Promise<boolean> {
    const session = await this.store.sessions.findById(sessionId);
    return session !== null && !this.isExpired(session);
  }

  /** Ends a session (sign-out). */
  async end(sessionId: string): Promise<void> {
    this.touchedAt.delete(sessionId);
    await this.store.sessions.delete(sessionId);
  }

  /** Ends every session of a user (but `keep`, if given); returns the ended ids so their live connections can close. */
  async endAllOf(userId: string, keep?: string): Promise<string[]> {
    const ended = await this.store.sessions.deleteForUser(userId, keep);
    for (const id of ended) this.touchedAt.delete(id);
    return ended;
  }
}
