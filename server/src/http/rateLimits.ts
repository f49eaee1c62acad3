import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AuditTrail } from '../domain/audit/auditTrail';
import { sendError } from './middleware/errorHandler';
import { sessionTokenFrom } from './sessionCookie';

/** Requests allowed per minute. */
export interface RateLimitSettings {
  apiPerMinute: number;
  loginPerMinute: number;
}

/** Defaults: generous for a busy clinician, tight for password guessing. */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = { apiPerMinute: 600, loginPerMinute: 10 };

/** The API and sign-in limiters; rejections get the one error shape and an audit record. */
export function createRateLimiters(settings: RateLimitSettings, audit: AuditTrail): { api: RequestHandler; login: RequestHandler } {
  const reject = (what: string): RequestHandler => async (req, res) => {
    await audit.record({ actor: null, ip: req.ip ?? null, action: 'E', type: what, resourceType: 'Request', outcome: 'denied', reason: 'rate limited' })
      .catch(() => undefined);
    sendError(res, 'rate_limited', 'Too many requests; please wait a minute.');
  };
  return {
    api: rateLimit({
      windowMs: 60_000, limit: settings.apiPerMinute, standardHeaders: 'draft-8', legacyHeaders: false,
      // Per session where there is one, so that colleagues behind one hospital NAT don't share a bucket.
      keyGenerator: (req) => sessionTokenFrom(req.headers.cookie) ?? `ip:${req.ip ?? 'unknown'}`,
      handler: reject('api'),
      validate: { keyGeneratorIpFallback: false },
    }),
    login: rateLimit({
      windowMs: 60_000, limit: settings.loginPerMinute, standardHeaders: 'draft-8', legacyHeaders: false,
      handler: reject('auth.login'),
    }),
  };
}
