import {
  AddCareTeamMemberInputSchema, CareTeamMemberParamsSchema, CareTeamMemberSchema, CreatePatientInputSchema,
  PatientDetailSchema, PatientListSchema, PatientParamsSchema, UpdatePatientDetailsInputSchema,
} from '@carehuddle/shared';
import { addCareTeamMember, removeCareTeamMember } from '../../domain/patients/careTeamCommands';
import { enrollPatient } from '../../domain/patients/enrollPatient';
import { listMyPatients, readPatient } from '../../domain/patients/readPatients';
import { updatePatientDetails } from '../../domain/patients/updatePatientDetails';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Patients and their care teams. */
export function patientRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/patients', tag: 'patients', auth: 'session', response: PatientListSchema,
      summary: 'Patients whose care team the signed-in user is on.',
      async handle({ actor }) {
        return { patients: await listMyPatients(services, actor) };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients', tag: 'patients', auth: 'session', status: 201,
      summary: 'Enroll a patient; the enrolling staff member leads the care team.',
      body: CreatePatientInputSchema, response: PatientDetailSchema,
      handle: ({ actor, body }) => enrollPatient(services, actor, body),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId', tag: 'patients', auth: 'session',
      summary: 'One patient with their care team (404 when not on the team).',
      params: PatientParamsSchema, response: PatientDetailSchema,
      handle: ({ actor, params }) => readPatient(services, actor, params.patientId),
    }),
    defineRoute({
      method: 'patch', path: '/api/patients/:patientId/details', tag: 'patients', auth: 'session',
      summary: 'Edit the name, contact, coverage, allergies and designated PCP (care coordinators only).',
      params: PatientParamsSchema, body: UpdatePatientDetailsInputSchema, response: PatientDetailSchema,
      handle: ({ actor, params, body }) => updatePatientDetails(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/care-team', tag: 'care team', auth: 'session', status: 201,
      summary: 'Add a member to the care team (care coordinators only).',
      params: PatientParamsSchema, body: AddCareTeamMemberInputSchema, response: CareTeamMemberSchema,
      handle: ({ actor, params, body }) => addCareTeamMember(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'delete', path: '/api/patients/:patientId/care-team/:userId', tag: 'care team', auth: 'session', status: 204,
      summary: 'Remove a member from the care team (care coordinators only); closes their live connections.',
      params: CareTeamMemberParamsSchema,
      async handle({ actor, params }) {
        await removeCareTeamMember(services, actor, params.patientId, params.userId);
        return undefined;
      },
    }),
  ];
}
