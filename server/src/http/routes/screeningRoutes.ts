import {
  DecideProposedNeedInputSchema, PatientParamsSchema, ProposedNeedParamsSchema, RiskChangeSchema, RiskHistorySchema, ScreeningParamsSchema, ScreeningSchema,
  SetRiskLevelInputSchema, StartScreeningInputSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import { decideProposedNeed } from '../../domain/screenings/needDecisions';
import { listScreenings, readScreening } from '../../domain/screenings/readScreenings';
import { riskHistory, setRiskLevel } from '../../domain/screenings/riskCommands';
import { completeScreening, startScreening } from '../../domain/screenings/screeningCommands';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Health screenings (live while in progress, immutable once completed) and the coordinator's risk level. */
export function screeningRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/screenings', tag: 'screening', auth: 'session', status: 201,
      summary: 'Start a screening, or join the one in progress; with `amendsId`, correct a completed one.',
      params: PatientParamsSchema, body: StartScreeningInputSchema, response: z.object({ id: z.string(), documentName: z.string() }),
      handle: ({ actor, params, body }) => startScreening(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/screenings', tag: 'screening', auth: 'session',
      summary: "A patient's screenings, newest first, with answers, scores, flags and proposed needs.",
      params: PatientParamsSchema, response: z.object({ screenings: z.array(ScreeningSchema) }),
      async handle({ actor, params }) {
        return { screenings: await listScreenings(services, actor, params.patientId) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/screenings/:screeningId', tag: 'screening', auth: 'session',
      summary: 'One screening.',
      params: ScreeningParamsSchema, response: ScreeningSchema,
      handle: ({ actor, params }) => readScreening(services, actor, params.patientId, params.screeningId),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/screenings/:screeningId/complete', tag: 'screening', auth: 'session', status: 204,
      summary: 'Complete a screening: required answers checked, scored, stored once and immutable.',
      params: ScreeningParamsSchema,
      async handle({ actor, params }) {
        await completeScreening(services, actor, params.patientId, params.screeningId);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/screenings/:screeningId/needs/:flagCode', tag: 'screening', auth: 'session', status: 204,
      summary: 'The coordinator accepts (into the clinical plan) or dismisses a need a screening flag proposes.',
      params: ProposedNeedParamsSchema, body: DecideProposedNeedInputSchema,
      async handle({ actor, params, body }) {
        await decideProposedNeed(services, actor, params.patientId, params.screeningId, params.flagCode, body);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/risk', tag: 'screening', auth: 'session', status: 201,
      summary: 'The care coordinator sets or overrides the risk level, with a reason.',
      params: PatientParamsSchema, body: SetRiskLevelInputSchema, response: RiskChangeSchema,
      handle: ({ actor, params, body }) => setRiskLevel(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/risk/history', tag: 'screening', auth: 'session',
      summary: 'Every change of the risk level: who, when, from, to, why.',
      params: PatientParamsSchema, response: RiskHistorySchema,
      handle: ({ actor, params }) => riskHistory(services, actor, params.patientId),
    }),
  ];
}
