import { PatientParamsSchema, PlanShareListSchema, SharePlanInputSchema } from '@carehuddle/shared';
import { sharePlan } from '../../domain/sharing/sharePlan';
import { listPlanShares } from '../../domain/sharing/planShareHistory';
import type { CurrentPlanState } from '../../domain/plans/planVersions';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Sending a copy of the plan to a provider the patient consented to, and the history of copies sent. */
export function planShareRoutes(services: Services, current: CurrentPlanState): AnyRoute[] {
  return [
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/plan/shares', tag: 'sharing', auth: 'session', status: 201,
      summary: 'Send a provider the parts of the plan the patient consented to share with them, as a PDF (care coordinator); recorded before the file is returned.',
      params: PatientParamsSchema, body: SharePlanInputSchema,
      async handle({ actor, params, body, res }) {
        const sent = await sharePlan(services, actor, params.patientId, body, current);
        res.status(201).type('application/pdf')
          .setHeader('Content-Disposition', `attachment; filename="${sent.fileName}"`)
          .setHeader('Cache-Control', 'no-store')
          .setHeader('X-Plan-Share-Id', sent.share.id)
          .send(sent.file);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/plan/shares', tag: 'sharing', auth: 'session',
      summary: 'Copies of the plan sent to providers, newest first (staff on the team; each lists only the parts the viewer may read).',
      params: PatientParamsSchema, response: PlanShareListSchema,
      async handle({ actor, params }) {
        return { shares: await listPlanShares(services, actor, params.patientId) };
      },
    }),
  ];
}
