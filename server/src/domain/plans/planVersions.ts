import { PLAN_AUDIENCES, planDocumentName, type PlanAudience, type PlanVersionDocument, type PlanVersionSummary, type SignPlanVersionInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
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

async function presentVersion(services: Services, v: { id: string; title: string; signedBy: string; signedAt: string }): Promise<PlanVersionSummary> {
  const signer = await services.store.users.findById(v.signedBy);
  return { id: v.id, title: v.title, signedAt: v.signedAt, signedBy: { userId: v.signedBy, name: signer?.name ?? 'Former member' } };
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
  const versions = await services.store.planVersions.listForPatient(patientId);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'plan.versions', resourceType: 'CarePlan', outcome: 'success' });
  return Promise.all(versions.map((v) => presentVersion(services, v)));
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
  return { version: await presentVersion(services, version), content: signed, changes: diffPlanContent(signed, now) };
}
