import {
  DismissAlertSchema, EncounterReceiptSchema, InboundAlertParamsSchema, InboundAlertSchema, MatchAlertSchema, ReviewQueueSchema,
} from '@carehuddle/shared';
import type { Encounter } from '@medplum/fhirtypes';
import { timingSafeEqual, createHash } from 'node:crypto';
import { z } from 'zod';
import { alertIntakeFor } from '../../domain/alerts/receiveAlert';
import { readEncounter } from '../../domain/alerts/readEncounter';
import { dismissAlert, matchAlert, readReviewQueue } from '../../domain/alerts/reviewQueue';
import { DomainError } from '../../domain/errors';
import type { Services } from '../../domain/services';
import { clientIp } from '../mountRoutes';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** A FHIR Encounter as far as the route checks it; the reader looks at the rest. */
const EncounterBodySchema = z.looseObject({
  resourceType: z.literal('Encounter', 'Send a FHIR Encounter resource.'),
  status: z.string('Give the encounter status.'),
});

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether the request carries the interface key (compared in constant time; no key configured refuses everyone). */
function hasInterfaceKey(header: string | undefined, key: string | undefined): boolean {
  if (!key || !header?.startsWith('Bearer ')) return false;
  return timingSafeEqual(digest(header.slice(7)), digest(key));
}

/** Admission alerts: the FHIR Encounter intake and the coordinators' review queue. */
export function interfaceRoutes(services: Services, interfaceKey: string | undefined): AnyRoute[] {
  return [
    defineRoute({
      method: 'post', path: '/api/interfaces/encounters', tag: 'interfaces', auth: 'public', status: 202,
      summary: 'Receive a FHIR R4 Encounter (admission or discharge); authenticated by the interface key as a bearer token.',
      body: EncounterBodySchema, response: EncounterReceiptSchema,
      async handle({ req, body }) {
        if (!hasInterfaceKey(req.headers.authorization, interfaceKey)) throw new DomainError('unauthenticated', 'Present the interface key as a bearer token.');
        const outcome = await alertIntakeFor(services).receive({
          channel: 'fhir', raw: JSON.stringify(body), ip: clientIp(req), reading: readEncounter(body as unknown as Encounter),
        });
        return { alertId: outcome.alertId, status: outcome.status, reason: outcome.reason === 'unsupported_event' ? null : outcome.reason };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/interfaces/review', tag: 'interfaces', auth: 'session',
      summary: 'Admission alerts waiting for a coordinator: unmatched, duplicate and unreadable ones, with the reason.',
      response: ReviewQueueSchema,
      handle: async ({ actor }) => ({ alerts: await readReviewQueue(services, actor) }),
    }),
    defineRoute({
      method: 'post', path: '/api/interfaces/review/:alertId/match', tag: 'interfaces', auth: 'session',
      summary: 'Match a waiting alert to a member the caller coordinates; it is applied (transition, worklist, note).',
      params: InboundAlertParamsSchema, body: MatchAlertSchema, response: InboundAlertSchema,
      handle: ({ actor, params, body }) => matchAlert(services, actor, params.alertId, body.patientId),
    }),
    defineRoute({
      method: 'post', path: '/api/interfaces/review/:alertId/dismiss', tag: 'interfaces', auth: 'session', status: 204,
      summary: 'Set a waiting alert aside with a reason; it stays stored.',
      params: InboundAlertParamsSchema, body: DismissAlertSchema,
      async handle({ actor, params, body }) {
        await dismissAlert(services, actor, params.alertId, body);
        return undefined;
      },
    }),
  ];
}
