import {
  ActiveProblemListSchema, PatientParamsSchema, PlanAttributionSchema, PlanDocumentParamsSchema, planDocumentName, PlanVersionDocumentSchema,
  PlanVersionIdParamsSchema, PlanVersionParamsSchema, PlanVersionSummarySchema, SignPlanVersionInputSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import { readActiveProblems } from '../../domain/plans/activeProblems';
import { approvePlanVersion } from '../../domain/plans/planApprovals';
import { readPlanAttribution, recordPlanPrint } from '../../domain/plans/planAttribution';
import { listPlanVersions, readPlanVersion, signPlanVersion, type CurrentPlanState } from '../../domain/plans/planVersions';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../../http/routeDefinition';
import { planShareRoutes } from '../../http/routes/planShareRoutes';
import { storedStateUpTo } from './roomPersistence';
import type { RoomRegistry } from './roomRegistry';

/** HTTP routes that accompany the live plan documents. */
export function planRoutes(services: Services, rooms: RoomRegistry): AnyRoute[] {
  // What is stored, after flushing what an open document has accepted.
  const current: CurrentPlanState = async (name) => {
    await rooms.flushIfLoaded(name);
    return storedStateUpTo(services.store.documents, name, Number.MAX_SAFE_INTEGER);
  };
  return [
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/problems', tag: 'care plan', auth: 'session',
      summary: "The clinical plan's unresolved needs for the patient header (only for those who may read the clinical plan).",
      params: PatientParamsSchema, response: ActiveProblemListSchema,
      async handle({ actor, params }) {
        return { problems: await readActiveProblems(services, actor, params.patientId, current) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/plan/:audience/attribution', tag: 'care plan', auth: 'session',
      summary: 'Who last changed each item of a plan document, and when.',
      params: PlanDocumentParamsSchema, response: PlanAttributionSchema,
      async handle({ actor, params }) {
        // Attribution is written with each stored batch; flush an open document so the answer includes the latest edits.
        await rooms.flushIfLoaded(planDocumentName(params.patientId, params.audience)).catch(() => undefined);
        return readPlanAttribution(services, actor, params.patientId, params.audience);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/plan/:audience/print', tag: 'care plan', auth: 'session', status: 204,
      summary: 'Record that a plan document is being printed or saved as PDF (prints are audited like exports).',
      params: PlanDocumentParamsSchema,
      async handle({ actor, params }) {
        await recordPlanPrint(services, actor, params.patientId, params.audience);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/plan/versions', tag: 'care plan', auth: 'session', status: 201,
      summary: 'Sign off the plan as it is now (coordinator or physician); the version is immutable.',
      params: PatientParamsSchema, body: SignPlanVersionInputSchema, response: PlanVersionSummarySchema,
      handle: ({ actor, params, body }) => signPlanVersion(services, actor, params.patientId, body, current),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/plan/versions', tag: 'care plan', auth: 'session',
      summary: 'Signed plan versions, newest first.',
      params: PatientParamsSchema, response: z.object({ versions: z.array(PlanVersionSummarySchema) }),
      async handle({ actor, params }) {
        return { versions: await listPlanVersions(services, actor, params.patientId) };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/plan/versions/:versionId/approval', tag: 'care plan', auth: 'session', status: 201,
      summary: 'The member approves the newest signed version of their plan (attributed, dated, audited; approving again changes nothing).',
      params: PlanVersionIdParamsSchema, response: PlanVersionSummarySchema,
      handle: ({ actor, params }) => approvePlanVersion(services, actor, params.patientId, params.versionId),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/plan/versions/:versionId/:audience', tag: 'care plan', auth: 'session',
      summary: 'One document of a signed version, read-only, compared with the current plan.',
      params: PlanVersionParamsSchema, response: PlanVersionDocumentSchema,
      handle: ({ actor, params }) => readPlanVersion(services, actor, params.patientId, params.versionId, params.audience, current),
    }),
    ...planShareRoutes(services, current),
  ];
}
