import { planDocumentName, type PlanAttribution, type PlanAudience } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import type { Services } from '../services';
import { requirePatientAccess } from '../patients/patientAccess';
import { authorRolesFor, UNKNOWN_AUTHOR_ROLE } from '../patients/authorRoles';

/**
 * Attribution keys that record which user owns a Yjs client id of a document
 * (`yjs-client:<id>`). They live beside item attribution so that ownership
 * survives restarts and compaction, but they are bookkeeping, not plan items.
 */
export const CLIENT_OWNER_KEY_PREFIX = 'yjs-client:';

async function requireReadable(services: Services, actor: Actor, patientId: string, audience: PlanAudience, type: string) {
  const { membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'R', type });
  if (planDocumentAccess(membership, audience, preferences) === 'none') {
    await services.audit.record({
      actor, role: membership.role, patientId, action: 'R', type, resourceType: 'CarePlan',
      resourceId: planDocumentName(patientId, audience), category: audience, outcome: 'denied', reason: 'role or consent does not allow this document',
    });
    throw notFound('Plan document');
  }
  return membership;
}

/** Records a print (or save as PDF) of a plan document: prints leave the system like exports do. */
export async function recordPlanPrint(services: Services, actor: Actor, patientId: string, audience: PlanAudience): Promise<void> {
  const membership = await requireReadable(services, actor, patientId, audience, 'plan.print');
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'E', type: 'plan.print', resourceType: 'CarePlan',
    resourceId: planDocumentName(patientId, audience), category: audience, outcome: 'success',
  });
}

/** Who last changed each item of a plan document; only for people who may read that document. */
export async function readPlanAttribution(services: Services, actor: Actor, patientId: string, audience: PlanAudience): Promise<PlanAttribution> {
  const membership = await requireReadable(services, actor, patientId, audience, 'plan.attribution');
  const name = planDocumentName(patientId, audience);
  const entries = (await services.store.documents.attribution(name)).filter((e) => !e.itemKey.startsWith(CLIENT_OWNER_KEY_PREFIX));
  const users = await services.store.users.findManyByIds([...new Set(entries.map((e) => e.userId))]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const roles = await authorRolesFor(services, patientId, users);
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'R', type: 'plan.attribution', resourceType: 'CarePlan',
    resourceId: name, category: audience, outcome: 'success',
  });
  return {
    items: entries.map((e) => ({ itemKey: e.itemKey, userId: e.userId, name: names.get(e.userId) ?? 'Former member', role: roles.get(e.userId) ?? UNKNOWN_AUTHOR_ROLE, at: e.at })),
  };
}
