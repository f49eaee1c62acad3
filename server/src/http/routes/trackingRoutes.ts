import {
  NewTrackedItemSchema, PatientParamsSchema, TrackedItemParamsSchema, TrackingProgressSchema, WorkItemSchema, WorklistQuerySchema, WorklistSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import type { Services } from '../../domain/services';
import { readPatientTracking, readWorklist } from '../../domain/worklist/readWorklist';
import { progressTrackedItem, recordTrackedItem } from '../../domain/worklist/trackingCommands';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The coordination worklist and the data it is computed from. */
export function trackingRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/worklist', tag: 'worklist', auth: 'session',
      summary: 'Due-soon, due and overdue deadlines of my patients (coordinators) and of items I own.',
      query: WorklistQuerySchema, response: WorklistSchema,
      handle: ({ actor, query }) => readWorklist(services, actor, { sort: query.sort, ...(query.kind ? { kind: query.kind } : {}) }),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/tracking', tag: 'worklist', auth: 'session',
      summary: "Every deadline of one patient (the coordinator's team view).",
      params: PatientParamsSchema, response: z.object({ items: z.array(WorkItemSchema) }),
      async handle({ actor, params }) {
        return { items: await readPatientTracking(services, actor, params.patientId) };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/tracking', tag: 'worklist', auth: 'session', status: 201,
      summary: 'Record a screening, plan review, discharge, referral, test, care gap or annual visit.',
      params: PatientParamsSchema, body: NewTrackedItemSchema, response: z.object({ id: z.string() }),
      handle: ({ actor, params, body }) => recordTrackedItem(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/tracking/:itemId/progress', tag: 'worklist', auth: 'session', status: 204,
      summary: 'Move a tracked item forward (follow-up done, referral scheduled, gap closed…); an Idempotency-Key header makes a resend change nothing.',
      params: TrackedItemParamsSchema, body: TrackingProgressSchema, idempotent: true,
      async handle({ actor, params, body, idempotencyKey }) {
        await progressTrackedItem(services, actor, params.patientId, params.itemId, body, idempotencyKey);
        return undefined;
      },
    }),
  ];
}
