import { ChangePasswordInputSchema, LoginInputSchema, MeSchema, PreferredLanguageInputSchema, type Me } from '@carehuddle/shared';
import { z } from 'zod';
import { changePassword, signOutEverywhere } from '../../domain/auth/accountCommands';
import { setPreferredLanguage } from '../../domain/auth/preferredLanguage';
import { signIn } from '../../domain/auth/signIn';
import type { SessionManager } from '../../domain/auth/sessions';
import type { Services } from '../../domain/services';
import { clientIp } from '../mountRoutes';
import { defineRoute, type AnyRoute } from '../routeDefinition';
import { clearedSessionCookie, sessionCookie } from '../sessionCookie';

/** Sign-in, sign-out (here or everywhere), activity, password change and "who am I". */
export function authRoutes(services: Services, sessions: SessionManager, secureCookies: boolean): AnyRoute[] {
  const idleTimeoutMinutes = Math.round(sessions.policy.idleMs / 60_000);
  /** "Who am I", the one way the signed-in person is presented (after sign-in and by `GET /api/me`). */
  const presentMe = (user: { id: string; name: string; email: string; kind: Me['kind']; isAdmin: boolean; isSupervisor?: boolean; preferredLanguage?: Me['preferredLanguage'] }): Me => ({
    id: user.id, name: user.name, email: user.email, kind: user.kind, isAdmin: user.isAdmin, isSupervisor: user.isSupervisor ?? false,
    idleTimeoutMinutes, timeZone: services.timeZone, preferredLanguage: user.preferredLanguage ?? 'en',
  });
  return [
    defineRoute({
      method: 'post', path: '/api/auth/login', tag: 'auth', auth: 'public', rateLimit: 'login',
      summary: 'Sign in with e-mail and password; sets the session cookie.',
      body: LoginInputSchema, response: z.object({ user: MeSchema }),
      async handle({ body, req, res }) {
        const { token, user } = await signIn(services, sessions, body, clientIp(req));
        res.setHeader('Set-Cookie', sessionCookie(token, secureCookies));
        return { user: presentMe(user) };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/auth/logout', tag: 'auth', auth: 'public', status: 204,
      summary: 'Sign out: ends the session and closes its live connections.',
      async handle({ actor, res }) {
        res.setHeader('Set-Cookie', clearedSessionCookie(secureCookies));
        if (!actor) return undefined;
        await sessions.end(actor.sessionId);
        await services.audit.record({ actor, action: 'E', type: 'auth.logout', resourceType: 'Session', resourceId: actor.sessionId, outcome: 'success' });
        services.events.publish({ type: 'session.ended', sessionId: actor.sessionId, reason: 'signed_out' });
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/auth/logout-everywhere', tag: 'auth', auth: 'session', status: 204,
      summary: 'Sign out on every device: ends all of the user\'s sessions and their live connections.',
      async handle({ actor, res }) {
        await signOutEverywhere(services, sessions, actor);
        res.setHeader('Set-Cookie', clearedSessionCookie(secureCookies));
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/auth/activity', tag: 'auth', auth: 'session', status: 204,
      summary: 'The person is active (keyboard or pointer input): postpones the idle sign-out. Reads never do.',
      async handle() {
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/account/password', tag: 'auth', auth: 'session', rateLimit: 'login', status: 204,
      summary: 'Change the password (the current one is required); every other session ends.',
      body: ChangePasswordInputSchema,
      async handle({ actor, body }) {
        await changePassword(services, sessions, actor, body);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/me', tag: 'auth', auth: 'session', summary: 'The signed-in user.', response: MeSchema,
      async handle({ actor }) {
        return presentMe({ ...actor, id: actor.userId });
      },
    }),
    defineRoute({
      method: 'put', path: '/api/account/language', tag: 'auth', auth: 'session', status: 204,
      summary: 'Choose the language CareHuddle speaks to the signed-in person (pages and e-mails).',
      body: PreferredLanguageInputSchema,
      async handle({ actor, body }) {
        await setPreferredLanguage(services, actor, body.preferredLanguage);
        return undefined;
      },
    }),
  ];
}
