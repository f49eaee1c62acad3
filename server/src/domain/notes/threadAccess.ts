import type { NoteAnchor, ThreadVisibility } from '@carehuddle/shared';
import type { ThreadRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { activeMembership } from '../consent/sharingPreferences';
import { invalid, notFound } from '../errors';
import { requirePatientAccess, type PatientAccess } from '../patients/patientAccess';
import { canReadThread } from '../policies/notePolicy';
import type { Services } from '../services';

/** A thread the user may see, with their membership; anything else is "not found", and audited. */
export async function requireThread(
  services: Services, actor: Actor, patientId: string, threadId: string, type: string,
): Promise<PatientAccess & { thread: ThreadRecord }> {
  const access = await requirePatientAccess(services, actor, patientId, { action: 'R', type });
  const thread = await services.store.notes.findThread(patientId, threadId);
  if (!thread || !canReadThread(access.membership, access.preferences, { visibility: thread.visibility, anchor: anchorOf(thread) })) {
    await services.audit.record({
      actor, role: access.membership.role, patientId, action: 'R', type, resourceType: 'Communication', resourceId: threadId,
      ...(thread ? { category: threadAuditCategory(thread) } : {}), outcome: 'denied', reason: thread ? 'thread not shared with this role or person' : 'no such thread',
    });
    throw notFound('Thread');
  }
  return { ...access, thread };
}

/** What a stored thread is about (stored as JSON, validated when it was created). */
export function anchorOf(thread: ThreadRecord): NoteAnchor {
  return JSON.parse(thread.anchor) as NoteAnchor;
}

/**
 * The audit category of a thread's records: a thread about an item of a plan
 * document belongs to that document (`substanceUse/notes`), so a reviewer who
 * may not read the document does not see that the thread was written in.
 */
export function threadAuditCategory(thread: ThreadRecord): string {
  const anchor = anchorOf(thread);
  return anchor.kind === 'planItem' ? `${anchor.audience}/notes` : `notes/${thread.visibility}`;
}

/**
 * Mentions must name people on this patient's team who may read the thread:
 * a mention sends them a notification that opens it, so mentioning someone
 * who would then be refused (a family caregiver in a team-only thread, a
 * team member without consent for a restricted document) is refused here,
 * with a sentence naming them.
 */
export async function checkMentions(
  services: Services, patientId: string, mentions: readonly string[], thread: { visibility: ThreadVisibility; anchor: NoteAnchor },
): Promise<void> {
  if (mentions.length === 0) return;
  const team = new Set((await services.store.careTeams.listForPatient(patientId)).map((m) => m.userId));
  if (mentions.some((id) => !team.has(id))) throw invalid('mentions', 'You can only mention members of this care team.');
  for (const userId of new Set(mentions)) {
    const active = await activeMembership(services, patientId, userId);
    if (active && canReadThread(active.membership, active.preferences, thread)) continue;
    const name = (await services.store.users.findById(userId))?.name ?? 'This person';
    throw invalid('mentions', `${name} cannot read this thread, so they cannot be mentioned in it.`);
  }
}

/** Takes the next activity number and stamps the thread with it. */
export async function touchThread(services: Services, thread: ThreadRecord, change: { resolved?: boolean } = {}): Promise<ThreadRecord> {
  const activitySeq = await services.store.notes.nextActivitySeq(thread.patientId);
  const lastActivityAt = services.clock.now().toISOString();
  await services.store.notes.touchThread(thread.id, { activitySeq, lastActivityAt, ...change });
  return { ...thread, activitySeq, lastActivityAt, resolved: change.resolved ?? thread.resolved };
}
