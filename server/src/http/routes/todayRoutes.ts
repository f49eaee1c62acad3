import { PatientOverviewSchema, TodaySchema } from '@carehuddle/shared';
import type { Services } from '../../domain/services';
import { readPatientOverview } from '../../domain/today/patientStatus';
import { readToday, requireStaff } from '../../domain/today/readToday';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The start page and "My patients" with each patient's status: coordination data, so staff only. */
export function todayRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/today', tag: 'worklist', auth: 'session',
      summary: 'The start page: overdue and due-today deadlines and tasks, unread threads and mentions, today\'s conferences, members not reached, the caseload.',
      response: TodaySchema,
      handle: ({ actor }) => readToday(services, actor),
    }),
    defineRoute({
      method: 'get', path: '/api/patient-overview', tag: 'worklist', auth: 'session',
      summary: 'Every patient on my care teams with member number, coordinator, screening status and deadline counts (the worklist\'s rules).',
      response: PatientOverviewSchema,
      handle: async ({ actor }) => {
        requireStaff(actor);
        return { patients: await readPatientOverview(services, actor) };
      },
    }),
  ];
}
