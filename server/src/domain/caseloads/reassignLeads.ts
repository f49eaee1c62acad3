import type { ReassignLeadInput, ReassignResult } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { ALERTS_AUTHOR_ID } from '../alerts/alertsAuthor';
import { activeMembership } from '../consent/sharingPreferences';
import { invalid } from '../errors';
import { withdrawInvitationsOf } from '../invitations/withdrawInvitations';
import { canOwnTask } from '../policies/taskPolicy';
import { canOwnTracking } from '../policies/trackingPolicy';
import type { Services } from '../services';
import { CASELOAD_AUDIT, requireOverseer } from './readCaseloads';

const OPEN_TASK = new Set(['open', 'in_progress']);

/** The new lead: an active staff account (not the alerts' system identity). */
async function requireNewLead(services: Services, userId: string): Promise<void> {
  const user = userId === ALERTS_AUTHOR_ID ? null : await services.store.users.findById(userId);
  if (!user || user.kind !== 'staff' || user.disabledAt) throw invalid('toUserId', 'Choose an active staff member as the new coordinator.');
}

/**
 * Hands the previous lead's open tasks and tracked items of one member to the
 * new lead — those the new lead may see under the member's consent; the rest
 * stay until consent covers the new lead. Returns [moved, not moved].
 */
async function moveOpenItems(services: Services, actor: Actor, patientId: string, from: string, to: string, note: string): Promise<[number, number]> {
  const [newLead, tasks, items] = await Promise.all([
    activeMembership(services, patientId, to), services.store.tasks.listForPatients([patientId]), services.store.tracking.listForPatients([patientId]),
  ]);
  const now = services.clock.now().toISOString();
  let moved = 0;
  let kept = 0;
  for (const task of tasks.filter((t) => t.ownerId === from && OPEN_TASK.has(t.status))) {
    if (!newLead || !canOwnTask(newLead.membership, newLead.preferences, task.category)) { kept += 1; continue; }
    // The list first, then the plan (as a reassignment from the worklist does), so the projection finds the same owner.
    await services.store.tasks.update(task.id, { ownerId: to, handoffNote: note, updatedAt: now });
    if (task.category === 'clinical') await services.planWriter.updateTask(patientId, task.id, { owner: to, status: task.status }, actor.userId);
    services.events.publish({ type: 'task.assigned', patientId, taskId: task.id, ownerId: to });
    moved += 1;
  }
  for (const item of items.filter((i) => i.ownerId === from)) {
    if (!newLead || !canOwnTracking(newLead.membership, newLead.preferences, item.category)) { kept += 1; continue; }
    await services.store.tracking.setOwner(item.id, to, now);
    moved += 1;
  }
  return [moved, kept];
}

/**
 * Makes one staff member the lead coordinator of one or many members
 * (supervisors and admins), with a note. Per member, the previous lead leaves
 * the team (their live connections re-check access) and their open items move
 * to the new lead, who joins the team as coordinator if not on it and is told
 * live. Members the new coordinator already leads are left as they are.
 */
export async function reassignLeads(services: Services, actor: Actor, input: ReassignLeadInput): Promise<ReassignResult> {
  await requireOverseer(services, actor, { action: 'U', type: 'caseload.reassign' });
  await requireNewLead(services, input.toUserId);
  const patientIds = [...new Set(input.patientIds)];
  // All or nothing on the request's shape: an unknown member changes no one.
  if ((await services.store.patients.findManyByIds(patientIds)).length !== patientIds.length) throw invalid('patientIds', 'One of the chosen members does not exist. Reload the caseloads and choose again.');
  const result: ReassignResult = { moved: 0, unchanged: 0, itemsMoved: 0, itemsNotMoved: 0 };
  const arrived: string[] = [];
  for (const patientId of patientIds) {
    const previous = await services.store.careTeams.handOverLead(patientId, input.toUserId, services.clock.now().toISOString());
    if (previous === input.toUserId) { result.unchanged += 1; continue; }
    const [moved, kept] = previous ? await moveOpenItems(services, actor, patientId, previous, input.toUserId, input.note) : [0, 0];
    result.moved += 1;
    result.itemsMoved += moved;
    result.itemsNotMoved += kept;
    arrived.push(patientId);
    await services.audit.record({ actor, ...CASELOAD_AUDIT, resourceType: 'CareTeam', patientId, action: 'U', type: 'caseload.reassign', resourceId: input.toUserId, outcome: 'success', reason: 'lead coordinator handed over' });
    if (previous) {
      await withdrawInvitationsOf(services, actor, previous, patientId, 'the inviter left the care team');
      services.events.publish({ type: 'careTeam.memberRemoved', patientId, userId: previous });
    }
    services.events.publish({ type: 'worklist.changed', patientId, category: 'clinical' });
  }
  if (arrived.length > 0) services.events.publish({ type: 'caseload.assigned', userId: input.toUserId, patientIds: arrived });
  return result;
}
