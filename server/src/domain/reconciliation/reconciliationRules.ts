import {
  MEDICATION_SOURCES, type DecideMedicationInput, type Discrepancy, type MedicationDecision, type ReconciliationTrigger,
} from '@carehuddle/shared';
import { invalid } from '../errors';
import type { PlanMedication } from '../plans/planWriter';

type MedicationSource = (typeof MEDICATION_SOURCES)[number];

/** One medication as stored: the plan entry at the start, and the decision about it (user ids, not names). */
export interface StoredMedication extends Omit<PlanMedication, 'source'> {
  source: MedicationSource | null;
  decision: MedicationDecision;
  discrepancy: Discrepancy | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A follow-up as stored; its id is also the id of the plan task. */
export interface StoredFollowUp {
  id: string;
  title: string;
  ownerId: string;
  dueDate: string;
  createdBy: string;
  createdAt: string;
}

/** What `ReconciliationRecord.data` holds. */
export interface ReconciliationData {
  trigger: ReconciliationTrigger;
  startedBy: string;
  medications: StoredMedication[];
  followUps: StoredFollowUp[];
  pharmacistReview: { userId: string; at: string } | null;
  signed: { userId: string; at: string } | null;
}

const isSource = (value: string): value is MedicationSource => (MEDICATION_SOURCES as readonly string[]).includes(value);

/** The plan's medication list as a reconciliation starts it: every medication pending, nothing flagged. */
export function snapshotMedications(list: readonly PlanMedication[]): StoredMedication[] {
  return list.map((m) => ({
    ...m, source: isSource(m.source) ? m.source : null, decision: 'pending', discrepancy: null, decidedBy: null, decidedAt: null,
  }));
}

/** How many medications still wait for a decision. */
export function pendingCount(data: ReconciliationData): number {
  return data.medications.filter((m) => m.decision === 'pending').length;
}

/** Records a decision (and any discrepancy) on one medication; throws when the reconciliation has no such medication. */
export function decide(data: ReconciliationData, itemId: string, input: DecideMedicationInput, userId: string, at: string): ReconciliationData {
  if (!data.medications.some((m) => m.itemId === itemId)) throw invalid('itemId', 'This medication is not part of the reconciliation.');
  return {
    ...data,
    medications: data.medications.map((m) => (m.itemId === itemId ? { ...m, decision: input.decision, discrepancy: input.discrepancy, decidedBy: userId, decidedAt: at } : m)),
  };
}

/** Adds a medication the plan did not list: decided `new` at once by whoever adds it, with any discrepancy flagged. */
export function addNewMedication(
  data: ReconciliationData, medication: Omit<StoredMedication, 'decision' | 'decidedBy' | 'decidedAt'>, userId: string, at: string,
): ReconciliationData {
  return { ...data, medications: [...data.medications, { ...medication, decision: 'new', decidedBy: userId, decidedAt: at }] };
}

/** Why the reconciliation cannot be completed yet, or null when it can. */
export function completionBlocker(data: ReconciliationData): string | null {
  const pending = pendingCount(data);
  if (pending === 0) return null;
  return pending === 1 ? '1 medication is still pending a decision.' : `${pending} medications are still pending a decision.`;
}
