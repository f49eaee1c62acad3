import type { NewTrackedItem, TrackingProgress } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { TrackedItemRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, invalid } from '../errors';
import { todayFor } from '../patients/patientAccess';
import { canOwnTracking } from '../policies/trackingPolicy';
import { sendOnce } from '../sentActions/sendOnce';
import type { Services } from '../services';
import { requireTrackedItem, requireTrackingRecorder } from './trackingAccess';
import { canAdvanceReferral, type ReferralStep } from './trackingRules';

function notAfterToday(field: string, date: string, today: string): void {
  if (date > today) throw invalid(field, 'This date cannot be in the future.');
}

/** Starts tracking something (a plan review, a discharge, a referral…). */
export async function recordTrackedItem(services: Services, actor: Actor, patientId: string, input: NewTrackedItem): Promise<{ id: string }> {
  const { membership, preferences } = await requireTrackingRecorder(services, actor, patientId, input.category, `tracking.${input.kind}`);
  const today = todayFor(services);
  const now = services.clock.now().toISOString();
  const { category, ...fields } = input;
  const data: Record<string, unknown> = { ...fields };
  let ownerId: string | null = null;
  switch (input.kind) {
    case 'plan_review':
      notAfterToday('reviewedOn', input.reviewedOn, today);
      break;
    case 'transition':
      if (input.dischargedOn < input.admittedOn) throw invalid('dischargedOn', 'Discharge cannot be before admission.');
      notAfterToday('dischargedOn', input.dischargedOn, today);
      Object.assign(data, { followUpOn: null, reconciledOn: null });
      break;
    case 'referral':
    case 'test_result':
      ownerId = input.ownerId ?? actor.userId;
      // The owner works the item, so they must be staff who may see it: never family, never someone outside its consent.
      if (!canOwnTracking(await services.store.careTeams.find(patientId, ownerId), preferences, category)) {
        throw invalid('ownerId', "The owner must be staff on the patient's care team who may see this item.");
      }
      Object.assign(data, input.kind === 'referral'
        ? { step: 'draft', stepSince: today, priorAuthSince: input.priorAuth === 'not_needed' ? null : today }
        : { step: 'ordered', stepSince: input.orderedOn });
      break;
    case 'care_gap':
    case 'annual_visit':
      break;
  }
  const id = randomUUID();
  await services.store.tracking.insert({ id, patientId, kind: input.kind, category, data: JSON.stringify(data), ownerId, createdAt: now, updatedAt: now });
  await services.audit.record({ actor, role: membership.role, patientId, action: 'C', type: `tracking.${input.kind}`, resourceType: 'Task', resourceId: id, category: 'coordination', outcome: 'success' });
  services.events.publish({ type: 'worklist.changed', patientId, category });
  return { id };
}

/**
 * A discharge's "medication reconciliation" step closes when the
 * reconciliation started after it is signed (reconciliationWorklist.ts), not
 * by hand beside one still under way: the worklist would say "done" while the
 * medication list is still undecided.
 */
async function refuseBesideUnsignedReconciliation(services: Services, patientId: string, dischargedOn: string): Promise<void> {
  const open = (await services.store.reconciliations.listForPatient(patientId))
    .find((r) => r.status === 'in_progress' && r.createdAt.slice(0, 10) >= dischargedOn);
  if (open) {
    throw conflict(`The medication reconciliation started on ${open.createdAt.slice(0, 10)} is not signed yet. Complete and sign it, and this step closes by itself.`);
  }
}

/**
 * Moves a tracked item forward (follow-up done, referral scheduled, gap closed…);
 * a resend of the same idempotency key changes nothing and is audited as a replay.
 */
export async function progressTrackedItem(services: Services, actor: Actor, patientId: string, itemId: string, input: TrackingProgress, idempotencyKey: string | null = null): Promise<void> {
  const { membership, item } = await requireTrackedItem(services, actor, patientId, itemId, 'tracking.progress');
  const audited = (type: string) => services.audit.record({ actor, role: membership.role, patientId, action: 'U', type, resourceType: 'Task', resourceId: item.id, category: 'coordination', outcome: 'success' });
  await sendOnce(services, actor, { key: idempotencyKey, type: 'tracking.progress', target: { patientId, itemId }, body: input }, async () => {
    await applyStep(services, patientId, item, input);
    await audited(`tracking.${input.action}`);
    services.events.publish({ type: 'worklist.changed', patientId, category: item.category });
  }, () => audited(`tracking.${input.action}.replay`));
}

/** Writes one step into a tracked item's data, if it applies to that kind of item. */
async function applyStep(services: Services, patientId: string, item: TrackedItemRecord, input: TrackingProgress): Promise<void> {
  notAfterToday('on', input.on, todayFor(services));
  const data = JSON.parse(item.data) as Record<string, unknown>;
  const expect = (kind: string) => {
    if (item.kind !== kind) throw invalid('action', `This action does not apply to a ${item.kind.replace('_', ' ')}.`);
  };
  switch (input.action) {
    case 'follow_up_done': expect('transition'); data.followUpOn = input.on; break;
    case 'reconciliation_done':
      expect('transition');
      await refuseBesideUnsignedReconciliation(services, patientId, String(data.dischargedOn));
      data.reconciledOn = input.on;
      break;
    case 'referral_step':
      expect('referral');
      if (!canAdvanceReferral(data.step as ReferralStep, input.step)) throw invalid('step', 'A referral only moves forward.');
      Object.assign(data, { step: input.step, stepSince: input.on });
      break;
    case 'prior_auth': expect('referral'); Object.assign(data, { priorAuth: input.decision, priorAuthSince: input.on }); break;
    case 'test_step': expect('test_result'); Object.assign(data, { step: input.step, stepSince: input.on }); break;
    case 'gap_closed': expect('care_gap'); Object.assign(data, { closedOn: input.on, evidence: input.evidence }); break;
    case 'visit_done': expect('annual_visit'); Object.assign(data, { lastVisitOn: input.on, scheduledOn: null }); break;
  }
  await services.store.tracking.update(item.id, JSON.stringify(data), services.clock.now().toISOString());
}
