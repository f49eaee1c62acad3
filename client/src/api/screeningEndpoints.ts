import type { DecideProposedNeedInput, RiskChange, RiskHistory, Screening, ScreeningFlagCode, SetRiskLevelInput } from '@carehuddle/shared';
import { api } from './http';

const base = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;

/** Typed calls for health screenings and the risk level. */
export const screeningEndpoints = {
  start: (patientId: string, amendsId?: string) =>
    api<{ id: string; documentName: string }>('POST', `${base(patientId)}/screenings`, amendsId ? { amendsId } : {}),
  list: (patientId: string) => api<{ screenings: Screening[] }>('GET', `${base(patientId)}/screenings`),
  one: (patientId: string, screeningId: string) => api<Screening>('GET', `${base(patientId)}/screenings/${encodeURIComponent(screeningId)}`),
  complete: (patientId: string, screeningId: string) => api<void>('POST', `${base(patientId)}/screenings/${encodeURIComponent(screeningId)}/complete`),
  decideNeed: (patientId: string, screeningId: string, flagCode: ScreeningFlagCode, input: DecideProposedNeedInput) =>
    api<void>('POST', `${base(patientId)}/screenings/${encodeURIComponent(screeningId)}/needs/${flagCode}`, input),
  setRisk: (patientId: string, input: SetRiskLevelInput) => api<RiskChange>('POST', `${base(patientId)}/risk`, input),
  riskHistory: (patientId: string) => api<RiskHistory>('GET', `${base(patientId)}/risk/history`),
};
