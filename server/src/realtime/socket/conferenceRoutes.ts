import { ConferenceParamsSchema, ConferenceSchema, ConferenceSummarySchema, ScheduleConferenceInputSchema } from '@carehuddle/shared';
import { z } from 'zod';
import { conferenceSummary, listConferences, readConference } from '../../domain/conferences/runConference';
import { recordConferencesShown } from '../../domain/audit/patientsShown';
import { scheduleConference } from '../../domain/conferences/scheduleConference';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../../http/routeDefinition';

/** Scheduling and reading case conferences (the live part runs over Socket.IO). */
export function conferenceRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'post', path: '/api/conferences', tag: 'conferences', auth: 'session', status: 201,
      summary: 'Schedule a case conference with an agenda and invitees (care coordinators of every patient on it).',
      body: ScheduleConferenceInputSchema, response: ConferenceSchema,
      handle: ({ actor, body }) => scheduleConference(services, actor, body),
    }),
    defineRoute({
      method: 'get', path: '/api/conferences', tag: 'conferences', auth: 'session', summary: 'Conferences I chair or am invited to.',
      response: z.object({ conferences: z.array(ConferenceSchema) }),
      async handle({ actor }) {
        const conferences = await listConferences(services, actor);
        await recordConferencesShown(services, actor, conferences, 'conference.list');
        return { conferences };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/conferences/:conferenceId', tag: 'conferences', auth: 'session', summary: 'One conference (404 unless invited).',
      params: ConferenceParamsSchema, response: ConferenceSchema,
      async handle({ actor, params }) {
        const conference = await readConference(services, actor, params.conferenceId);
        await recordConferencesShown(services, actor, [conference], 'conference.read');
        return conference;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/conferences/:conferenceId/summary', tag: 'conferences', auth: 'session',
      summary: 'Attendees, decisions, action items and linked threads, for printing or saving as PDF.',
      params: ConferenceParamsSchema, response: ConferenceSummarySchema,
      handle: ({ actor, params }) => conferenceSummary(services, actor, params.conferenceId),
    }),
  ];
}
