const listeners = new Set<() => void>();

/**
 * Runs `listener` each time the person signs in again in place after the
 * session ended: live connections the server closed for want of a session
 * (the plan's websocket) open again. Returns the unsubscribe function.
 */
export function whenSignedInAgain(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every live connection that a new session exists. */
export function announceSignedInAgain(): void {
  for (const listener of listeners) listener();
}
