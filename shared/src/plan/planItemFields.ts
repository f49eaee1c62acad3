import { GOAL_STATUSES, LEGACY_GOAL_STATUSES, NEED_DOMAINS, TASK_STATUSES, type PlanSection } from './planStructure';

/** One structured field of a plan item (besides its title and rich-text notes). */
export interface PlanItemField {
  key: string;
  label: string;
  kind: 'text' | 'date' | 'select' | 'member';
  options?: readonly string[];
  /** Older stored values and the option each now stands for (shown and saved as that option). */
  aliases?: Readonly<Record<string, string>>;
}

const status = (options: readonly string[]): PlanItemField => ({ key: 'status', label: 'Status', kind: 'select', options });

/** Medication sources, so a reconciliation knows where each entry came from. */
export const MEDICATION_SOURCES = ['patient_report', 'caregiver_report', 'discharge_summary', 'pharmacy_fill', 'clinic_record'] as const;

/**
 * The fields each section's items carry, modelled on what care coordination
 * programs track. Every field is its own Y.Map entry, so two people editing
 * different fields of one item never conflict.
 */
export const PLAN_ITEM_FIELDS: Record<PlanSection, readonly PlanItemField[]> = {
  // Measurable: a target value (what will be measured) and/or a target date.
  goals: [
    { ...status(GOAL_STATUSES), aliases: LEGACY_GOAL_STATUSES }, { key: 'targetValue', label: 'Target', kind: 'text' },
    { key: 'targetDate', label: 'Target date', kind: 'date' }, { key: 'proposedBy', label: 'Proposed by', kind: 'text' },
  ],
  whatMatters: [],
  preferences: [],
  advanceDirectives: [
    { key: 'kind', label: 'Kind', kind: 'select', options: ['code_status', 'health_care_proxy', 'palliative_care', 'living_will', 'other'] },
    { key: 'value', label: 'Decision', kind: 'text' },
  ],
  riskSummary: [{ key: 'riskLevel', label: 'Risk level', kind: 'select', options: ['Low', 'Moderate', 'High'] }, { key: 'screeningDate', label: 'Screened on', kind: 'date' }],
  needs: [{ key: 'domain', label: 'Domain', kind: 'select', options: NEED_DOMAINS }, status(['open', 'being_addressed', 'resolved'])],
  interventions: [{ key: 'owner', label: 'Owner', kind: 'member' }, { key: 'dueDate', label: 'Due', kind: 'date' }, status(TASK_STATUSES)],
  medications: [
    { key: 'dose', label: 'Dose', kind: 'text' }, { key: 'route', label: 'Route', kind: 'text' }, { key: 'frequency', label: 'Frequency', kind: 'text' },
    { key: 'prescriber', label: 'Prescriber', kind: 'text' }, { key: 'indication', label: 'Indication', kind: 'text' },
    { key: 'source', label: 'Source', kind: 'select', options: MEDICATION_SOURCES },
  ],
  referrals: [
    { key: 'specialty', label: 'Specialist or service', kind: 'text' }, { key: 'inNetwork', label: 'In network', kind: 'select', options: ['yes', 'no'] },
    status(['draft', 'sent', 'scheduled', 'completed', 'results_received', 'closed']),
  ],
  testResults: [{ key: 'orderedOn', label: 'Ordered on', kind: 'date' }, status(['ordered', 'resulted', 'reviewed', 'communicated'])],
  transitions: [
    { key: 'kind', label: 'Kind', kind: 'select', options: ['admission', 'discharge', 'emergency_visit'] },
    { key: 'facility', label: 'Facility', kind: 'text' }, { key: 'date', label: 'Date', kind: 'date' },
  ],
  behavioralHealth: [status(['open', 'being_addressed', 'resolved'])],
  substanceUse: [status(['open', 'being_addressed', 'resolved'])],
};
