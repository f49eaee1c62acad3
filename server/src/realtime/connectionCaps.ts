/** Who holds a live connection. */
interface Holder {
  userId: string;
  sessionId: string;
}

/**
 * Counts the live connections of each session and each user on this node, so
 * that one person (family included) cannot make the server hold an unbounded
 * number of sockets, rooms and presence entries by opening connections.
 */
export class ConnectionCaps {
  private readonly bySession = new Map<string, number>();
  private readonly byUser = new Map<string, number>();

  constructor(private readonly perSession: number, private readonly perUser: number) {}

  /** Takes a slot; returns the function that gives it back (call it once, when the connection ends), or null when a cap is reached. */
  tryOpen(holder: Holder): (() => void) | null {
    const session = this.bySession.get(holder.sessionId) ?? 0;
    const user = this.byUser.get(holder.userId) ?? 0;
    if (session >= this.perSession || user >= this.perUser) return null;
    this.bySession.set(holder.sessionId, session + 1);
    this.byUser.set(holder.userId, user + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      decrement(this.bySession, holder.sessionId);
      decrement(this.byUser, holder.userId);
    };
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const n = (counts.get(key) ?? 1) - 1;
  if (n <= 0) counts.delete(key);
  else counts.set(key, n);
}
