import type { UnreadThread } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { anchorOf } from '../notes/threadAccess';
import { canReadThread } from '../policies/notePolicy';
import type { Services } from '../services';
import type { CaseloadPatient } from '../worklist/caseloadDeadlines';

/** Threads looked at per patient: the most recently active; older unread ones are a click away on the patient's page. */
const RECENT_THREADS = 50;

/**
 * Threads with activity the reader has not seen, across their patients, each
 * marked when a note in it mentions them. Only threads they may read (the
 * document a thread is about and the patient's consent decide). A thread
 * whose last note is the reader's own counts as read (posting marks it).
 */
export async function unreadThreads(services: Services, actor: Actor, patients: readonly CaseloadPatient[]): Promise<UnreadThread[]> {
  const perPatient = await Promise.all(patients.map(async ({ patient, membership, preferences }) => {
    const threads = (await services.store.notes.listThreads(patient.id, { limit: RECENT_THREADS }))
      .filter((t) => canReadThread(membership, preferences, { visibility: t.visibility, anchor: anchorOf(t) }));
    const markers = await services.store.notes.readMarkers(actor.userId, threads.map((t) => t.id));
    return threads.filter((t) => (markers.get(t.id) ?? 0) < t.activitySeq).map((thread) => ({ thread, patientName: patient.name }));
  }));
  const unread = perPatient.flat();
  const notes = await services.store.notes.notesOf(unread.map((u) => u.thread.id));
  const lastAuthors = new Map<string, string>();
  for (const n of notes) lastAuthors.set(n.threadId, n.authorId);
  const names = new Map((await services.store.users.findManyByIds([...new Set(lastAuthors.values())])).map((u) => [u.id, u.name]));
  const mentioning = new Set(notes.filter((n) => n.retractedAt === null && n.mentions.includes(actor.userId)).map((n) => n.threadId));
  return unread.map(({ thread, patientName }): UnreadThread => ({
    threadId: thread.id, patientId: thread.patientId, patientName, lastActivityAt: thread.lastActivityAt, mentionsMe: mentioning.has(thread.id),
    lastAuthorName: names.get(lastAuthors.get(thread.id) ?? '') ?? 'Former member',
  })).sort((a, b) => Number(b.mentionsMe) - Number(a.mentionsMe) || b.lastActivityAt.localeCompare(a.lastActivityAt));
}
