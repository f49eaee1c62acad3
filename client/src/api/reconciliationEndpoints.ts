import type {
  AddFollowUpInput, AddReconciledMedicationInput, DecideMedicationInput, Reconciliation, ReconciliationSummary, StartReconciliationInput,
} from '@carehuddle/shared';
import { api } from './http';

const base = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}/reconciliations`;
const one = (patientId: string, id: string) => `${base(patientId)}/${encodeURIComponent(id)}`;

/** A medication to add as the form holds it: a source not chosen yet ('') goes to the server, which answers with the field's message. */
export type AddMedicationBody = Omit<AddReconciledMedicationInput, 'source'> & { source: AddReconciledMedicationInput['source'] | '' };

/** Typed calls to the medication reconciliation API. */
export const reconciliationEndpoints = {
  list: (patientId: string) => api<{ reconciliations: ReconciliationSummary[] }>('GET', base(patientId)),
  start: (patientId: string, input: StartReconciliationInput) => api<Reconciliation>('POST', base(patientId), input),
  read: (patientId: string, id: string) => api<Reconciliation>('GET', one(patientId, id)),
  decide: (patientId: string, id: string, itemId: string, input: DecideMedicationInput) =>
    api<Reconciliation>('PUT', `${one(patientId, id)}/medications/${encodeURIComponent(itemId)}`, input),
  addMedication: (patientId: string, id: string, input: AddMedicationBody) => api<Reconciliation>('POST', `${one(patientId, id)}/medications`, input),
  addFollowUp: (patientId: string, id: string, input: AddFollowUpInput) => api<Reconciliation>('POST', `${one(patientId, id)}/follow-ups`, input),
  markReviewed: (patientId: string, id: string) => api<Reconciliation>('POST', `${one(patientId, id)}/pharmacist-review`),
  complete: (patientId: string, id: string) => api<Reconciliation>('POST', `${one(patientId, id)}/complete`),
};
