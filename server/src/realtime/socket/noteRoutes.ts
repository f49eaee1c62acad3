import { NoteChangesSchema, NotesSinceQuerySchema, PatientParamsSchema, ThreadListQuerySchema, ThreadPageSchema, ThreadParamsSchema, ThreadSchema } from '@carehuddle/shared';
import { listThreads, notesChangedSince, readThread } from '../../domain/notes/readNotes';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../../http/routeDefinition';

/** HTTP reads of huddle notes (writes go over Socket.IO, acknowledged once stored). */
export function noteRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/threads', tag: 'huddle notes', auth: 'session',
      summary: 'Threads of a patient, newest activity first, paged with a cursor.',
      params: PatientParamsSchema, query: ThreadListQuerySchema, response: ThreadPageSchema,
      handle: ({ actor, params, query }) => listThreads(services, actor, params.patientId, { ...(query.cursor !== undefined ? { cursor: query.cursor } : {}), limit: query.limit }),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/threads/:threadId', tag: 'huddle notes', auth: 'session',
      summary: 'One thread with its notes (404 when not on the team or not shared with this role).',
      params: ThreadParamsSchema, response: ThreadSchema,
      handle: ({ actor, params }) => readThread(services, actor, params.patientId, params.threadId),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/notes/changes', tag: 'huddle notes', auth: 'session',
      summary: 'Every thread that changed after an activity cursor (catch-up after a disconnect).',
      params: PatientParamsSchema, query: NotesSinceQuerySchema, response: NoteChangesSchema,
      handle: ({ actor, params, query }) => notesChangedSince(services, actor, params.patientId, query.since),
    }),
  ];
}
