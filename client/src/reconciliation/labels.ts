import type { MedicationDecision, ReconciliationTrigger } from '@carehuddle/shared';

/** Words for the reconciliation's codes. */
export const TRIGGER_LABELS: Record<ReconciliationTrigger, string> = { admission: 'After admission', discharge: 'After discharge', on_request: 'On request' };
export const DECISION_LABELS: Record<MedicationDecision, string> = { pending: 'Pending', continue: 'Continue', change: 'Change', stop: 'Stop', new: 'New' };

/** `discharge_summary` → `discharge summary`. */
export const words = (code: string): string => code.replaceAll('_', ' ');
