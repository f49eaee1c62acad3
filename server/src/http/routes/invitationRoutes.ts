import { AcceptedInvitationSchema, AcceptInvitationInputSchema, InvitationPreviewSchema, InvitationTokenParamsSchema } from '@carehuddle/shared';
import type { SessionManager } from '../../domain/auth/sessions';
import { acceptInvitation, previewInvitation } from '../../domain/invitations/acceptInvitation';
import type { Services } from '../../domain/services';
import { clientIp } from '../mountRoutes';
import { defineRoute, type AnyRoute } from '../routeDefinition';
import { sessionCookie } from '../sessionCookie';

/** The public side of an invitation link: no session yet, so these share sign-in's stricter rate limit. */
export function invitationRoutes(services: Services, sessions: SessionManager, secureCookies: boolean): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/invitations/:token', tag: 'invitations', auth: 'public', rateLimit: 'invitation',
      summary: 'What an invitation link is for and whether it still works (used, expired and withdrawn links say so).',
      params: InvitationTokenParamsSchema, response: InvitationPreviewSchema,
      handle: ({ params, req }) => previewInvitation(services, sessions, params.token, clientIp(req)),
    }),
    defineRoute({
      method: 'post', path: '/api/invitations/:token/accept', tag: 'invitations', auth: 'public', rateLimit: 'invitation', status: 201,
      summary: "Accept an invitation: set a name and password (or an existing account's password); joins the care team and signs in.",
      params: InvitationTokenParamsSchema, body: AcceptInvitationInputSchema, response: AcceptedInvitationSchema,
      async handle({ params, body, req, res }) {
        const accepted = await acceptInvitation(services, sessions, params.token, body, clientIp(req));
        res.setHeader('Set-Cookie', sessionCookie(accepted.token, secureCookies));
        return { patientId: accepted.patientId };
      },
    }),
  ];
}
