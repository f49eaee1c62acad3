import type { AddFollowUpInput, AddReconciledMedicationInput, DecideMedicationInput, Reconciliation } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { conflict, invalid } from '../errors';
import { isFamilySide } from '../policies/notePolicy';
import { canAddFollowUps, canDecideMedications, canMarkPharmacistReview, canSignReconciliation } from '../policies/reconciliationPolicy';
import type { Services } from '../services';
import { addTask } from '../tasks/createTask';
import { commitChange } from './commitChange';
import { refuseIfCompleted, refuseUnless, requireReconciliation } from './reconciliationAccess';
import { addNewMedication, completionBlocker, decide } from './reconciliationRules';
import { markDischargeReconciled } from './reconciliationWorklist';

const inProgress = 'in_progress' as const;

/** Records the decision on one medication and any discrepancy (with a note). */
export async function decideMedication(
  services: Services, actor: Actor, patientId: string, reconciliationId: string, itemId: string, input: DecideMedicationInput,
): Promise<Reconciliation> {
  const attempt = { action: 'U', type: 'reconciliation.decide' } as const;
  const current = await requireReconciliation(services, actor, patientId, reconciliationId, attempt);
  await refuseUnless(canDecideMedications(current.membership), services, actor, current, attempt, 'Your role cannot decide on medications.');
  const at = services.clock.now().toISOString();
  return commitChange(services, actor, current, attempt, (data) => ({ data: decide(data, itemId, input, actor.userId, at), status: inProgress }));
}

/** Adds follow-up work (call the prescriber, update the pharmacy); it becomes an owned, dated task in the clinical plan. */
export async function addFollowUp(services: Services, actor: Actor, patientId: string, reconciliationId: string, input: AddFollowUpInput): Promise<Reconciliation> {
  const attempt = { action: 'C', type: 'reconciliation.followUp' } as const;
  const current = await requireReconciliation(services, actor, patientId, reconciliationId, attempt);
  await refuseUnless(canAddFollowUps(current.membership), services, actor, current, attempt, 'Your role cannot add follow-up work.');
  // Tasks live in the clinical plan, which the family side cannot see: owners are staff.
  const owner = await services.store.careTeams.find(patientId, input.ownerId);
  if (!owner || isFamilySide(owner.role)) throw invalid('ownerId', "The owner must be staff on the patient's care team.");
  await refuseIfCompleted(services, actor, current, current.record, attempt);
  const id = randomUUID();
  const createdAt = services.clock.now().toISOString();
  // The task first, as conference action items do: a follow-up in the record always has its task in the plan.
  await addTask(services, actor, patientId, { title: input.title, ownerId: input.ownerId, dueDate: input.dueDate, priority: 'normal', category: 'clinical' }, {
    source: 'reconciliation_follow_up', sourceLabel: `Medication reconciliation ${current.record.createdAt.slice(0, 10)}`, link: `/patients/${patientId}/reconciliations/${reconciliationId}`,
  }, id);
  return commitChange(services, actor, current, attempt, (data) => ({
    data: { ...data, followUps: [...data.followUps, { id, title: input.title, ownerId: input.ownerId, dueDate: input.dueDate, createdBy: actor.userId, createdAt }] },
    status: inProgress,
  }));
}

/** Adds a medication the plan does not list yet (found in the discharge summary, a pharmacy fill…); it is decided `new` and joins the clinical plan. */
export async function addMedication(
  services: Services, actor: Actor, patientId: string, reconciliationId: string, input: AddReconciledMedicationInput,
): Promise<Reconciliation> {
  const attempt = { action: 'C', type: 'reconciliation.addMedication' } as const;
  const current = await requireReconciliation(services, actor, patientId, reconciliationId, attempt);
  await refuseUnless(canDecideMedications(current.membership), services, actor, current, attempt, 'Your role cannot add medications to a reconciliation.');
  await refuseIfCompleted(services, actor, current, current.record, attempt);
  const { discrepancy, ...fields } = input;
  const medication = { itemId: randomUUID(), ...fields };
  // The plan first, as with follow-ups: a medication in the record always has its entry (and its threads' anchor) in the plan.
  await services.planWriter.addMedication(patientId, medication, actor.userId);
  const at = services.clock.now().toISOString();
  return commitChange(services, actor, current, attempt, (data) => ({ data: addNewMedication(data, { ...medication, discrepancy }, actor.userId, at), status: inProgress }));
}

/** The pharmacist marks their review done. */
export async function markPharmacistReview(services: Services, actor: Actor, patientId: string, reconciliationId: string): Promise<Reconciliation> {
  const attempt = { action: 'U', type: 'reconciliation.review' } as const;
  const current = await requireReconciliation(services, actor, patientId, reconciliationId, attempt);
  await refuseUnless(canMarkPharmacistReview(current.membership), services, actor, current, attempt, 'Only a pharmacist marks the pharmacist review done.');
  const at = services.clock.now().toISOString();
  return commitChange(services, actor, current, attempt, (data) => ({ data: { ...data, pharmacistReview: { userId: actor.userId, at } }, status: inProgress }));
}

/** A clinician completes and signs it; from then on it is an immutable record. Refused while any medication is pending. */
export async function completeReconciliation(services: Services, actor: Actor, patientId: string, reconciliationId: string): Promise<Reconciliation> {
  const attempt = { action: 'U', type: 'reconciliation.complete' } as const;
  const current = await requireReconciliation(services, actor, patientId, reconciliationId, attempt);
  await refuseUnless(canSignReconciliation(current.membership), services, actor, current, attempt, 'Only a physician or nurse completes and signs a reconciliation.');
  const at = services.clock.now().toISOString();
  const completed = await commitChange(services, actor, current, attempt, (data) => {
    const blocker = completionBlocker(data);
    if (blocker) throw conflict(blocker);
    return { data: { ...data, signed: { userId: actor.userId, at } }, status: 'completed' };
  });
  if (completed.trigger === 'discharge') await markDischargeReconciled(services, actor, patientId);
  return completed;
}
