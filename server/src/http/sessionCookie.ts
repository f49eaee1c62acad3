import { parse, serialize } from 'cookie';
import type { IncomingMessage } from 'node:http';
import type { ResolvedSession, SessionManager } from '../domain/auth/sessions';
import type { Actor } from '../domain/actor';

/** The session cookie's name. */
export const SESSION_COOKIE = 'carehuddle_session';

/** Reads the session token from a `Cookie` header (HTTP, Socket.IO handshake and websocket upgrade alike). */
export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parse(cookieHeader)[SESSION_COOKIE];
}

/**
 * The `Set-Cookie` value for a new session; `Secure` when the app is served
 * over HTTPS. A browser session cookie (no `Max-Age`): closing the browser
 * forgets it, and the server ends the session by idleness or age anyway.
 */
export function sessionCookie(token: string, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

const resolvedByRequest = new WeakMap<IncomingMessage, Promise<ResolvedSession | null>>();

/** The session behind a request's cookie, looked up once per request (the rate limiter and the route chain share it). */
export function resolvedSessionOf(sessions: SessionManager, req: IncomingMessage): Promise<ResolvedSession | null> {
  let resolved = resolvedByRequest.get(req);
  if (!resolved) {
    resolved = sessions.resolve(sessionTokenFrom(req.headers.cookie));
    resolvedByRequest.set(req, resolved);
  }
  return resolved;
}

/** The `Set-Cookie` value that clears the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}

/** The actor of a resolved session. */
export function actorOf(resolved: ResolvedSession, ip: string | null): Actor {
  const { user, session } = resolved;
  return { userId: user.id, name: user.name, email: user.email, kind: user.kind, isAdmin: user.isAdmin, isSupervisor: user.isSupervisor ?? false, preferredLanguage: user.preferredLanguage ?? 'en', sessionId: session.id, ip };
}

/** Resolves the actor behind a cookie header, or null. */
export async function actorFromCookie(sessions: SessionManager, cookieHeader: string | undefined, ip: string | null): Promise<Actor | null> {
  const resolved = await sessions.resolve(sessionTokenFrom(cookieHeader));
  return resolved ? actorOf(resolved, ip) : null;
}
