import { parse, serialize } from 'cookie';
import type { ResolvedSession, SessionManager } from '../domain/auth/sessions';
import type { Actor } from '../domain/actor';

/** The session cookie's name. */
export const SESSION_COOKIE = 'carehuddle_session';

/** Reads the session token from a `Cookie` header (HTTP, Socket.IO handshake and websocket upgrade alike). */
export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parse(cookieHeader)[SESSION_COOKIE];
}

/** The `Set-Cookie` value for a new session; `Secure` when the app is served over HTTPS. */
export function sessionCookie(token: string, secure: boolean, maxAgeMs: number): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: Math.floor(maxAgeMs / 1000),
  });
}

/** The `Set-Cookie` value that clears the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}

/** The actor of a resolved session. */
export function actorOf(resolved: ResolvedSession, ip: string | null): Actor {
  const { user, session } = resolved;
  return { userId: user.id, name: user.name, email: user.email, kind: user.kind, isAdmin: user.isAdmin, sessionId: session.id, ip };
}

/** Resolves the actor behind a cookie header, or null. */
export async function actorFromCookie(sessions: SessionManager, cookieHeader: string | undefined, ip: string | null): Promise<Actor | null> {
  const resolved = await sessions.resolve(sessionTokenFrom(cookieHeader));
  return resolved ? actorOf(resolved, ip) : null;
}
