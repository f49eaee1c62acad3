import type { Caseloads, Enrollment, EnrollmentChangeInput, ReassignLeadInput, ReassignResult } from '@carehuddle/shared';
import { api } from './http';

const enrollmentPath = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}/enrollment`;

/** Typed calls to caseloads (supervisors) and enrollment episodes. */
export const caseloadEndpoints = {
  caseloads: () => api<Caseloads>('GET', '/api/caseloads'),
  reassign: (input: ReassignLeadInput) => api<ReassignResult>('POST', '/api/caseloads/reassign', input),
  enrollment: (patientId: string) => api<Enrollment>('GET', enrollmentPath(patientId)),
  changeEnrollment: (patientId: string, input: EnrollmentChangeInput) => api<Enrollment>('POST', enrollmentPath(patientId), input),
};
