import type { NewTrackedItem, TrackingProgress } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { forbidden, invalid, notFound } from '../errors';
import { requirePatientAccess, todayFor } from '../patients/patientAccess';
import { canRecordCoordination } from '../policies/coordinationPolicy';
import type { Services } from '../services';
import { canAdvanceReferral, type ReferralStep } from './trackingRules';

async function requireRecorder(services: Services, actor: Actor, patientId: string, type: string) {
  const access = await requirePatientAccess(services, actor, patientId, { action: 'C', type });
  if (!canRecordCoordination(access.membership)) throw forbidden('Only staff on the care team record coordination data.');
  return access;
}

function notAfterToday(field: string, date: string, today: string): void {
  if (date > today) throw invalid(field, 'This date cannot be in the future.');
}

/** Starts tracking something (a screening, a discharge, a referral…); recording a screening sets the risk level. */
export async function recordTrackedItem(services: Services, actor: Actor, patientId: string, input: NewTrackedItem): Promise<{ id: string }> {
  const { membership } = await requireRecorder(services, actor, patientId, `tracking.${input.kind}`);
  const today = todayFor(services);
  const now = services.clock.now().toISOString();
  const data: Record<string, unknown> = { ...input };
  let ownerId: string | null = null;
  switch (input.kind) {
    case 'screening':
      notAfterToday('screenedOn', input.screenedOn, today);
      await services.store.patients.setRiskLevel(patientId, { riskLevel: input.riskLevel, riskSetBy: actor.userId, riskSetAt: `${input.screenedOn}T12:00:00.000Z` });
      break;
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
      if (!(await services.store.careTeams.find(patientId, ownerId))) throw invalid('ownerId', "The owner must be on the patient's care team.");
      Object.assign(data, input.kind === 'referral'
        ? { step: 'draft', stepSince: today, priorAuthSince: input.priorAuth === 'not_needed' ? null : today }
        : { step: 'ordered', stepSince: input.orderedOn });
      break;
    case 'care_gap':
    case 'annual_visit':
      break;
  }
  const id = randomUUID();
  await services.store.tracking.insert({ id, patientId, kind: input.kind, data: JSON.stringify(data), ownerId, createdAt: now, updatedAt: now });
  await services.audit.record({ actor, role: membership.role, patientId, action: 'C', type: `tracking.${input.kind}`, resourceType: 'Task', resourceId: id, category: 'coordination', outcome: 'success' });
  services.events.publish({ type: 'worklist.changed', patientId });
  return { id };
}

/** Moves a tracked item forward (follow-up done, referral scheduled, gap closed…). */
export async function progressTrackedItem(services: Services, actor: Actor, patientId: string, itemId: string, input: TrackingProgress): Promise<void> {
  const { membership } = await requireRecorder(services, actor, patientId, 'tracking.progress');
  const item = await services.store.tracking.find(patientId, itemId);
  if (!item) throw notFound('Tracked item');
  notAfterToday('on', input.on, todayFor(services));
  const data = JSON.parse(item.data) as Record<string, unknown>;
  const expect = (kind: string) => {
    if (item.kind !== kind) throw invalid('action', `This action does not apply to a ${item.kind.replace('_', ' ')}.`);
  };
  switch (input.action) {
    case 'follow_up_done': expect('transition'); data.followUpOn = input.on; break;
    case 'reconciliation_done': expect('transition'); data.reconciledOn = input.on; break;
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
  await services.audit.record({ actor, role: membership.role, patientId, action: 'U', type: `tracking.${input.action}`, resourceType: 'Task', resourceId: item.id, category: 'coordination', outcome: 'success' });
  services.events.publish({ type: 'worklist.changed', patientId });
}
