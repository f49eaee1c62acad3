import type { NoteChanges, Thread, ThreadPage } from '@carehuddle/shared';
import type { ThreadRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { requirePatientAccess } from '../patients/patientAccess';
import { canReadThread, isFamilySide } from '../policies/notePolicy';
import type { Services } from '../services';
import { presentThreads } from './presentThreads';
import { anchorOf, requireThread, threadAuditCategory } from './threadAccess';

/**
 * Threads of a patient the user may read, newest activity first, paged by
 * activity cursor. Family members see family threads only; threads about a
 * document the user may not read are skipped, and the page is filled from
 * further back so that it stays full while more exist.
 */
export async function listThreads(services: Services, actor: Actor, patientId: string, page: { cursor?: number; limit: number }): Promise<ThreadPage> {
  const { membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'notes.list' });
  const readable: ThreadRecord[] = [];
  let before = page.cursor;
  for (;;) {
    const batch = await services.store.notes.listThreads(patientId, {
      ...(before !== undefined ? { before } : {}), limit: page.limit + 1, ...(isFamilySide(membership.role) ? { visibility: 'family' as const } : {}),
    });
    readable.push(...batch.filter((t) => canReadThread(membership, preferences, { visibility: t.visibility, anchor: anchorOf(t) })));
    if (readable.length > page.limit || batch.length <= page.limit) break;
    before = batch[batch.length - 1]!.activitySeq;
  }
  const shown = readable.slice(0, page.limit);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'notes.list', resourceType: 'Communication', category: 'notes', outcome: 'success' });
  return { threads: await presentThreads(services, shown, actor.userId), nextCursor: readable.length > page.limit ? shown[shown.length - 1]!.activitySeq : null };
}

/** One thread with its notes. */
export async function readThread(services: Services, actor: Actor, patientId: string, threadId: string): Promise<Thread> {
  const { thread, membership } = await requireThread(services, actor, patientId, threadId, 'thread.read');
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'thread.read', resourceType: 'Communication', resourceId: threadId, category: threadAuditCategory(thread), outcome: 'success' });
  return (await presentThreads(services, [thread], actor.userId))[0]!;
}

/** Every thread that changed after `since`, each once in its latest state: the catch-up after a disconnect. */
export async function notesChangedSince(services: Services, actor: Actor, patientId: string, since: number): Promise<NoteChanges> {
  const { membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'notes.since' });
  const changed = await services.store.notes.listThreads(patientId, { after: since, limit: 1000, ...(isFamilySide(membership.role) ? { visibility: 'family' as const } : {}) });
  const threads = changed.filter((t) => canReadThread(membership, preferences, { visibility: t.visibility, anchor: anchorOf(t) }));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'notes.since', resourceType: 'Communication', category: 'notes', outcome: 'success' });
  const presented: Thread[] = await presentThreads(services, threads.reverse(), actor.userId);
  return { threads: presented, latest: presented.reduce((max, t) => Math.max(max, t.activitySeq), since) };
}
