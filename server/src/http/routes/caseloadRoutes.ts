import { CaseloadsSchema, EnrollmentChangeInputSchema, EnrollmentSchema, PatientParamsSchema, ReassignLeadInputSchema, ReassignResultSchema } from '@carehuddle/shared';
import { readCaseloads } from '../../domain/caseloads/readCaseloads';
import { reassignLeads } from '../../domain/caseloads/reassignLeads';
import { changeEnrollment, readEnrollment } from '../../domain/enrollment/enrollmentCommands';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Supervisors' caseloads and members' enrollment episodes (docs/caseloads.md). */
export function caseloadRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/caseloads', tag: 'caseloads', auth: 'session', response: CaseloadsSchema,
      summary: "Every coordinator's caseload: enrolled members by lead, with counts (supervisors and admins only).",
      handle: ({ actor }) => readCaseloads(services, actor),
    }),
    defineRoute({
      method: 'post', path: '/api/caseloads/reassign', tag: 'caseloads', auth: 'session',
      summary: 'Make one staff member the lead coordinator of one or many members, with a note; open items move with them (supervisors and admins only).',
      body: ReassignLeadInputSchema, response: ReassignResultSchema,
      handle: ({ actor, body }) => reassignLeads(services, actor, body),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/enrollment', tag: 'caseloads', auth: 'session',
      summary: "A member's enrollment episodes (staff on the team, supervisors and admins).",
      params: PatientParamsSchema, response: EnrollmentSchema,
      handle: ({ actor, params }) => readEnrollment(services, actor, params.patientId),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/enrollment', tag: 'caseloads', auth: 'session',
      summary: 'Disenroll (reason, last day) or re-enroll (program, first day) a member (their coordinator, supervisors and admins).',
      params: PatientParamsSchema, body: EnrollmentChangeInputSchema, response: EnrollmentSchema,
      handle: ({ actor, params, body }) => changeEnrollment(services, actor, params.patientId, body),
    }),
  ];
}
