import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AuditTrail } from '../domain/audit/auditTrail';
import type { SessionManager } from '../domain/auth/sessions';
import { sendError } from './middleware/errorHandler';
import { resolvedSessionOf } from './sessionCookie';
import { hashApiToken } from '../domain/apiClients/apiTokens';
import { bearerTokenOf, sendOperationOutcome } from './fhir/fhirResponses';

/** Requests allowed per minute. */
export interface RateLimitSettings {
  /** Per signed-in session (per address for requests without one). */
  apiPerMinute: number;
  /** Failed sign-in attempts per address; guesses per account are limited separately (`SignInThrottle`). */
  loginPerMinute: number;
  /** Looks at and acceptances of invitation links per address. */
  invitationPerMinute?: number;
  /** FHIR API requests per bearer token (per session or address without one). */
  fhirPerMinute?: number;
  /** Searches per session: each one reads the full-text index across every patient the searcher may see. */
  searchPerMinute?: number;
}

/**
 * Defaults: generous for a busy clinician; sign-in per address is loose enough
 * for a whole ward behind one hospital NAT, since each account has its own limit.
 */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = { apiPerMinute: 600, loginPerMinute: 60, invitationPerMinute: 30, fhirPerMinute: 300, searchPerMinute: 60 };

/** The buckets a route can be in. */
export interface RateLimiters { api: RequestHandler; login: RequestHandler; invitation: RequestHandler; fhir: RequestHandler; search: RequestHandler }

/** IPv6 clients are bucketed by /56, so one host cannot rotate through its own addresses. */
const addressKey = (req: Request): string => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;

/** The API, sign-in and invitation limiters; rejections get the one error shape and an audit record. */
export function createRateLimiters(settings: RateLimitSettings, audit: AuditTrail, sessions: SessionManager): RateLimiters {
  const reject = (what: string): RequestHandler => async (req, res) => {
    await audit.record({ actor: null, ip: req.ip ?? null, action: 'E', type: what, resourceType: 'Request', outcome: 'denied', reason: 'rate limited' })
      .catch(() => undefined);
    sendError(res, 'rate_limited', 'Too many requests; please wait a minute.');
  };
  const common = { windowMs: 60_000, standardHeaders: 'draft-8', legacyHeaders: false } as const;
  // Per live session, so colleagues behind one hospital NAT don't share a bucket; a cookie that
  // resolves to no session (a random one per request) falls back to the address.
  const sessionKey = async (req: Request): Promise<string> => {
    const resolved = await resolvedSessionOf(sessions, req);
    return resolved ? `session:${resolved.session.id}` : addressKey(req);
  };
  return {
    api: rateLimit({ ...common, limit: settings.apiPerMinute, keyGenerator: sessionKey, handler: reject('api') }),
    search: rateLimit({
      ...common, limit: settings.searchPerMinute ?? DEFAULT_RATE_LIMITS.searchPerMinute ?? 60, keyGenerator: sessionKey, handler: reject('search'),
    }),
    // Only failures count: a shift change behind one NAT signs many people in at once.
    login: rateLimit({ ...common, limit: settings.loginPerMinute, keyGenerator: addressKey, skipSuccessfulRequests: true, handler: reject('auth.login') }),
    // Per API client token, so one system's backlog never throttles another; staff by session as above.
    fhir: rateLimit({
      ...common, limit: settings.fhirPerMinute ?? DEFAULT_RATE_LIMITS.fhirPerMinute ?? 300,
      keyGenerator: async (req) => {
        const token = bearerTokenOf(req);
        return token ? `token:${hashApiToken(token)}` : sessionKey(req);
      },
      handler: (req, res) => {
        void audit.record({ actor: null, ip: req.ip ?? null, action: 'E', type: 'fhir', resourceType: 'Request', outcome: 'denied', reason: 'rate limited' })
          .catch(() => undefined)
          .then(() => sendOperationOutcome(res, 'rate_limited', 'Too many requests; please wait a minute.'));
      },
    }),
    invitation: rateLimit({
      ...common, limit: settings.invitationPerMinute ?? DEFAULT_RATE_LIMITS.invitationPerMinute ?? 30, keyGenerator: addressKey, handler: reject('invitation'),
    }),
  };
}
