import { z } from 'zod';
import { MEDICATION_SOURCES } from '../plan/planItemFields';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';
import type { CareTeamRole } from './roles';

/** What prompted a reconciliation. */
export const RECONCILIATION_TRIGGERS = ['admission', 'discharge', 'on_request'] as const;
export const ReconciliationTriggerSchema = z.enum(RECONCILIATION_TRIGGERS);
export type ReconciliationTrigger = z.infer<typeof ReconciliationTriggerSchema>;

/** What happens to one medication; every medication starts `pending`. */
export const MEDICATION_DECISIONS = ['pending', 'continue', 'change', 'stop', 'new'] as const;
export const MedicationDecisionSchema = z.enum(MEDICATION_DECISIONS);
export type MedicationDecision = z.infer<typeof MedicationDecisionSchema>;

/** Kinds of discrepancy a reviewer can flag on a medication. */
export const DISCREPANCY_KINDS = ['omission', 'duplication', 'dose_mismatch', 'frequency_mismatch', 'interaction', 'allergy_conflict', 'other'] as const;
export const DiscrepancyKindSchema = z.enum(DISCREPANCY_KINDS);
export type DiscrepancyKind = z.infer<typeof DiscrepancyKindSchema>;

/** Roles that decide on medications, flag discrepancies and add follow-up work (server policy and client agree on it). */
export const RECONCILIATION_DECIDERS: readonly CareTeamRole[] = ['pharmacist', 'physician', 'nurse', 'care_coordinator'];
/** Roles that complete and sign a reconciliation: clinicians who can act on medication orders. */
export const RECONCILIATION_SIGNERS: readonly CareTeamRole[] = ['physician', 'nurse'];

/** Display labels, shared so that the screen and the printed record say the same thing. */
export const DISCREPANCY_LABELS: Record<DiscrepancyKind, string> = {
  omission: 'Omission', duplication: 'Duplication', dose_mismatch: 'Dose mismatch', frequency_mismatch: 'Frequency mismatch',
  interaction: 'Interaction', allergy_conflict: 'Allergy conflict', other: 'Other',
};

/** A flagged discrepancy on one medication. */
export const DiscrepancySchema = z.strictObject({
  /** What kind of problem it is. */
  kind: DiscrepancyKindSchema,
  /** What the reviewer found, in their words. */
  note: z.string().trim().min(1, 'Say what the discrepancy is.').max(2000),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

/** A person as the reconciliation shows them. */
const PersonSchema = z.object({ userId: IdSchema, name: z.string() });

/** One medication of a reconciliation: the plan entry as it was at the start, and the decision about it. */
export const ReconciledMedicationSchema = z.object({
  /** The medication's stable id in the clinical plan (threads are anchored to it). */
  itemId: IdSchema,
  /** Medication name (the plan item's title). */
  name: z.string(),
  dose: z.string(),
  route: z.string(),
  frequency: z.string(),
  prescriber: z.string(),
  indication: z.string(),
  /** Where the entry came from; null when the plan did not say. */
  source: z.enum(MEDICATION_SOURCES).nullable(),
  /** Continue, change, stop, new — or still pending. */
  decision: MedicationDecisionSchema,
  /** A flagged discrepancy, or null. */
  discrepancy: DiscrepancySchema.nullable(),
  /** Who last decided or flagged, and when; null while untouched. */
  decidedBy: PersonSchema.nullable(),
  decidedAt: InstantSchema.nullable(),
});
export type ReconciledMedication = z.infer<typeof ReconciledMedicationSchema>;

/** Follow-up work a reconciliation created; each one is also a task in the clinical plan. */
export const ReconciliationFollowUpSchema = z.object({
  /** Also the id of the task in the plan's interventions. */
  id: IdSchema,
  /** What to do, e.g. "Call the prescriber about the furosemide dose". */
  title: z.string(),
  owner: PersonSchema,
  dueDate: CalendarDateSchema,
  createdBy: PersonSchema,
  createdAt: InstantSchema,
});
export type ReconciliationFollowUp = z.infer<typeof ReconciliationFollowUpSchema>;

/** A medication reconciliation as presented; once `completed` it never changes. */
export const ReconciliationSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  trigger: ReconciliationTriggerSchema,
  /** `in_progress` until a clinician completes and signs it. */
  status: z.enum(['in_progress', 'completed']),
  startedBy: PersonSchema,
  startedAt: InstantSchema,
  /** The medication list snapshotted from the clinical plan at the start. */
  medications: z.array(ReconciledMedicationSchema),
  followUps: z.array(ReconciliationFollowUpSchema),
  /** The pharmacist who marked their review done, and when. */
  pharmacistReview: z.object({ by: PersonSchema, at: InstantSchema }).nullable(),
  /** The clinician who completed and signed it, and when. */
  signed: z.object({ by: PersonSchema, at: InstantSchema }).nullable(),
  /** Medications still pending: completion is refused while this is above zero. */
  pendingCount: z.number().int(),
  /** Increases with every change. */
  revision: z.number().int(),
});
export type Reconciliation = z.infer<typeof ReconciliationSchema>;

/** A reconciliation in the patient's list. */
export const ReconciliationSummarySchema = ReconciliationSchema.pick({ id: true, trigger: true, status: true, startedBy: true, startedAt: true, signed: true, pendingCount: true }).extend({
  /** Medications with a flagged discrepancy. */
  discrepancyCount: z.number().int(),
});
export type ReconciliationSummary = z.infer<typeof ReconciliationSummarySchema>;

/** Body of `POST /api/patients/:patientId/reconciliations`. */
export const StartReconciliationInputSchema = z.strictObject({
  /** After an admission, after a discharge, or on request. */
  trigger: ReconciliationTriggerSchema,
});
export type StartReconciliationInput = z.infer<typeof StartReconciliationInputSchema>;

/** Body of `PUT …/reconciliations/:reconciliationId/medications/:itemId`: the decision and any discrepancy. */
export const DecideMedicationInputSchema = z.strictObject({
  decision: MedicationDecisionSchema,
  /** Null clears a flag. */
  discrepancy: DiscrepancySchema.nullable(),
});
export type DecideMedicationInput = z.infer<typeof DecideMedicationInputSchema>;

/** Body of `POST …/reconciliations/:reconciliationId/follow-ups`. */
export const AddFollowUpInputSchema = z.strictObject({
  /** What to do. */
  title: z.string().trim().min(1, 'Say what needs doing.').max(200),
  /** A staff member on the care team. */
  ownerId: IdSchema,
  dueDate: CalendarDateSchema,
});
export type AddFollowUpInput = z.infer<typeof AddFollowUpInputSchema>;

/** A plain-text field of a medication added during a reconciliation; empty when not known. */
const medicationText = () => z.string().trim().max(120).default('');

/** Body of `POST …/reconciliations/:reconciliationId/medications`: a medication the plan does not list yet (e.g. found in the discharge summary). */
export const AddReconciledMedicationInputSchema = z.strictObject({
  /** Medication name; becomes the plan item's title. */
  name: z.string().trim().min(1, 'Name the medication.').max(120),
  /** e.g. "81 mg". */
  dose: medicationText(),
  /** e.g. "oral". */
  route: medicationText(),
  /** e.g. "daily". */
  frequency: medicationText(),
  /** Who prescribed it, if known. */
  prescriber: medicationText(),
  /** What it is for, if known. */
  indication: medicationText(),
  /** Where the medication was found: required, since that is why it is being added. */
  source: z.enum(MEDICATION_SOURCES, { error: 'Say where the medication was found.' }),
  /** A discrepancy to flag at once (e.g. an omission from the list), or null. */
  discrepancy: DiscrepancySchema.nullable().default(null),
});
export type AddReconciledMedicationInput = z.infer<typeof AddReconciledMedicationInputSchema>;

/** Path parameters naming a reconciliation. */
export const ReconciliationParamsSchema = z.strictObject({ patientId: IdSchema, reconciliationId: IdSchema });
/** Path parameters naming one medication of a reconciliation. */
export const ReconciledMedicationParamsSchema = ReconciliationParamsSchema.extend({ itemId: IdSchema });
