import type { AddReconciledMedicationInput, MedicationDecision, ReconciliationTrigger } from '@carehuddle/shared';

/** Words for the reconciliation's codes. */
export const TRIGGER_LABELS: Record<ReconciliationTrigger, string> = { admission: 'After admission', discharge: 'After discharge', on_request: 'On request' };
export const SOURCE_LABELS: Record<AddReconciledMedicationInput['source'], string> = {
  patient_report: 'Patient report', caregiver_report: 'Caregiver report', discharge_summary: 'Discharge summary', pharmacy_fill: 'Pharmacy fill', clinic_record: 'Clinic record',
};
export const DECISION_LABELS: Record<MedicationDecision, string> = { pending: 'Pending', continue: 'Continue', change: 'Change', stop: 'Stop', new: 'New' };

/** `discharge_summary` → `discharge summary`. */
export const words = (code: string): string => code.replaceAll('_', ' ');
