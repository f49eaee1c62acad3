import type { PatientOverview, Today } from '@carehuddle/shared';
import { api } from './http';

/** Typed calls to the start page and the status list of "My patients". */
export const todayEndpoints = {
  today: () => api<Today>('GET', '/api/today'),
  patientOverview: () => api<PatientOverview>('GET', '/api/patient-overview'),
};
