import type { RequestHandler } from 'express';
import { sessionTokenFrom } from '../sessionCookie';
import { sendError } from './errorHandler';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Decides whether an `Origin` header is the app's own; shared by HTTP, Socket.IO and the collaboration endpoint. */
export type OriginCheck = (origin: string | undefined) => boolean;

/**
 * CSRF protection for cookie-authenticated writes: a state-changing request
 * that carries the session cookie must come from the app's own origin.
 */
export function requireOwnOriginForWrites(isOwnOrigin: OriginCheck): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next();
    // The cookie as authentication parses it: another cookie whose name merely contains ours is no session.
    if (sessionTokenFrom(req.headers.cookie) === undefined) return next();
    if (isOwnOrigin(req.headers.origin)) return next();
    sendError(res, 'bad_origin', 'Cross-site request refused.');
  };
}
