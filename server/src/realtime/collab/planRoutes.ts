import { PlanAttributionSchema, PlanDocumentParamsSchema, planDocumentName } from '@carehuddle/shared';
import { readPlanAttribution } from '../../domain/plans/planAttribution';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../../http/routeDefinition';
import type { RoomRegistry } from './roomRegistry';

/** HTTP routes that accompany the live plan documents. */
export function planRoutes(services: Services, rooms: RoomRegistry): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/plan/:audience/attribution', tag: 'care plan', auth: 'session',
      summary: 'Who last changed each item of a plan document, and when.',
      params: PlanDocumentParamsSchema, response: PlanAttributionSchema,
      async handle({ actor, params }) {
        // Attribution is written with each stored batch; flush a loaded room so the answer includes the latest edits.
        await rooms.flushIfLoaded(planDocumentName(params.patientId, params.audience)).catch(() => undefined);
        return readPlanAttribution(services, actor, params.patientId, params.audience);
      },
    }),
  ];
}
