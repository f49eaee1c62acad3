import { fieldErrorsOf, IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema } from '@carehuddle/shared';
import type { Request, RequestHandler, Router } from 'express';
import type { z } from 'zod';
import type { SessionManager } from '../domain/auth/sessions';
import type { Actor } from '../domain/actor';
import type { Services } from '../domain/services';
import { sendError } from './middleware/errorHandler';
import type { AnyRoute } from './routeDefinition';
import type { RateLimiters } from './rateLimits';
import { actorOf, resolvedSessionOf } from './sessionCookie';
import { rawBodyReader } from './rawBody';

/** What the route chain needs. */
export interface RouteDeps {
  services: Services;
  sessions: SessionManager;
  limiters: RateLimiters;
}

const actors = new WeakMap<Request, Actor>();

/** The client address for the audit trail. */
export function clientIp(req: Request): string | null {
  return req.ip ?? req.socket.remoteAddress ?? null;
}

/**
 * Only what a person does postpones the idle sign-out: a write, or the
 * client's activity report (`POST /api/auth/activity`, sent on keyboard and
 * pointer input). Reads — page loads and the refreshes the page makes by
 * itself after a live signal — never do, so an untouched tab still signs out.
 */
function isPersonAction(req: Request): boolean {
  return req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
}

function authenticate(route: AnyRoute, deps: RouteDeps): RequestHandler {
  return async (req, res, next) => {
    const resolved = await resolvedSessionOf(deps.sessions, req);
    if (resolved) {
      if (isPersonAction(req)) await deps.sessions.touch(resolved.session);
      actors.set(req, actorOf(resolved, clientIp(req)));
    } else if (route.auth === 'session') {
      return sendError(res, 'unauthenticated', 'Please sign in.');
    }
    next();
  };
}

function parsePart(schema: z.ZodType | undefined, value: unknown, where: string) {
  if (!schema) return { success: true as const, data: undefined };
  const result = schema.safeParse(value ?? {});
  if (result.success) return result;
  return { success: false as const, fields: fieldErrorsOf(result.error).map((f) => ({ ...f, path: f.path ? `${where}.${f.path}` : where })) };
}

/** The idempotency key of a route that takes one (absent is fine: the action is then simply not deduplicated). */
function idempotencyKeyOf(route: AnyRoute, req: Request) {
  const value = route.idempotent ? req.get(IDEMPOTENCY_KEY_HEADER) : undefined;
  if (value === undefined) return { success: true as const, data: null };
  const parsed = parsePart(IdempotencyKeySchema, value, `headers.${IDEMPOTENCY_KEY_HEADER}`);
  return parsed.success ? { success: true as const, data: parsed.data as string } : parsed;
}

function validateAndHandle(route: AnyRoute, deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const actor = actors.get(req) ?? null;
    const params = parsePart(route.params, req.params, 'params');
    const query = parsePart(route.query, req.query, 'query');
    const body = parsePart(route.body, req.body, 'body');
    const idempotencyKey = idempotencyKeyOf(route, req);
    if (!params.success || !query.success || !body.success || !idempotencyKey.success) {
      const fields = [params, query, body, idempotencyKey].flatMap((p) => (p.success ? [] : p.fields));
      await deps.services.audit.record({
        actor, action: 'E', type: `${route.method} ${route.path}`, resourceType: 'Request', outcome: 'invalid',
        reason: 'invalid input', ip: clientIp(req),
      });
      return sendError(res, 'validation_failed', 'Some fields are not valid.', fields);
    }
    const result = await route.handle({ actor: actor, params: params.data, query: query.data, body: body.data, idempotencyKey: idempotencyKey.data, req, res });
    if (res.headersSent) return;
    const status = route.status ?? 200;
    if (status === 204 || result === undefined) res.status(status === 200 ? 204 : status).end();
    else res.status(status).json(result);
  };
}

/** Mounts each route as a visible chain: rate limit → authenticate → validate → handler. */
export function mountRoutes(router: Router, routes: readonly AnyRoute[], deps: RouteDeps): void {
  for (const route of routes) {
    const limiter = deps.limiters[route.rateLimit ?? 'api'];
    const readBody: RequestHandler[] = route.rawBody ? [rawBodyReader(route.rawBody)] : [];
    router[route.method](route.path, limiter, authenticate(route, deps), ...readBody, validateAndHandle(route, deps));
  }
}
