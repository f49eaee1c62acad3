import { PLAN_AUDIENCES, planDocumentName, type PlanAudience, type PlanVersionDocument, type PlanVersionSummary, type SignPlanVersionInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { PlanApprovalRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { requirePatientAccess, todayFor } from '../patients/patientAccess';
import { recordTrackedItem } from '../worklist/trackingCommands';
import { canSignPlan } from '../policies/planVersionPolicy';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import type { Services } from '../services';
import { diffPlanContent, planContent } from './planContent';

/** The current, stored state of one plan document (flushed first when it is open). */
export type CurrentPlanState = (docName: string) => Promise<Uint8Array>;

/** A version's summary with the member's approvals of it, in the order they were given. */
async function presentVersion(
  services: Services, v: { id: string; title: string; signedBy: string; signedAt: string }, approvals: readonly PlanApprovalRecord[] = [],
): Promise<PlanVersionSummary> {
  const mine = approvals.filter((a) => a.versionId === v.id);
  const people = await services.store.users.findManyByIds([...new Set([v.signedBy, ...mine.map((a) => a.approvedBy)])]);
  const nameOf = (userId: string) => people.find((u) => u.id === userId)?.name ?? 'Former member';
  return {
    id: v.id, title: v.title, signedAt: v.signedAt, signedBy: { userId: v.signedBy, name: nameOf(v.signedBy) },
    approvals: mine.map((a) => ({ approvedBy: { userId: a.approvedBy, name: nameOf(a.approvedBy) }, approvedAt: a.approvedAt })),
  };
}

/** The patient's signed versions, newest first, each with its approvals. */
export async function presentVersions(services: Services, patientId: string): Promise<PlanVersionSummary[]> {
  const [versions, approvals] = await Promise.all([services.store.planVersions.listForPatient(patientId), services.store.planVersions.approvals(patientId)]);
  return Promise.all(versions.map((v) => presentVersion(services, v, approvals)));
}

/** Signs off the plan as it is now: every document's state is kept, immutably. */
export async function signPlanVersion(
  services: Services, actor: Actor, patientId: string, input: SignPlanVersionInput, current: CurrentPlanState,
): Promise<PlanVersionSummary> {
  const { membership } = await requirePatientAccess(services, actor, patientId, { action: 'C', type: 'plan.sign' });
  if (!canSignPlan(membership)) throw forbidden('Only the care coordinator or a physician can sign off the plan.');
  const states: Record<string, Uint8Array> = {};
  for (const audience of PLAN_AUDIENCES) states[audience] = await current(planDocumentName(patientId, audience));
  const version = { id: randomUUID(), patientId, title: input.title, signedBy: actor.userId, signedAt: services.clock.now().toISOString(), states };
  await services.store.planVersions.create(version);
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'C', type: 'plan.sign', resourceType: 'CarePlan', resourceId: version.id,
    category: 'care-plan', outcome: 'success',
  });
  // A signed plan is a plan review: it closes the review deadline (and the first plan's), and the next is due from the risk level.
  await recordTrackedItem(services, actor, patientId, { kind: 'plan_review', category: 'clinical', reviewedOn: todayFor(services) });
  return presentVersion(services, version);
}

/** The patient's signed versions, newest first. */
export async function listPlanVersions(services: Services, actor: Actor, patientId: string): Promise<PlanVersionSummary[]> {
  const { membership } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'plan.versions' });
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'plan.versions', resourceType: 'CarePlan', outcome: 'success' });
  return presentVersions(services, patientId);
}

/** One document of a version, read-only, with what changed since; only for those who may read that document. */
export async function readPlanVersion(
  services: Services, actor: Actor, patientId: string, versionId: string, audience: PlanAudience, current: CurrentPlanState,
): Promise<PlanVersionDocument> {
  const { membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'plan.version.read' });
  const version = await services.store.planVersions.find(patientId, versionId);
  if (!version || planDocumentAccess(membership, audience, preferences) === 'none') {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'plan.version.read', resourceType: 'CarePlan', resourceId: versionId, category: audience, outcome: 'denied' });
    throw notFound('Plan version');
  }
  const signed = planContent(version.states[audience] ?? new Uint8Array([0, 0]), audience);
  const now = planContent(await current(planDocumentName(patientId, audience)), audience);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'plan.version.read', resourceType: 'CarePlan', resourceId: versionId, category: audience, outcome: 'success' });
  return { version: await presentVersion(services, version, await services.store.planVersions.approvals(patientId)), content: signed, changes: diffPlanContent(signed, now) };
}
