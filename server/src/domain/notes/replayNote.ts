import type { NoteAnchor, Thread, ThreadVisibility } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { conflict, notFound } from '../errors';
import type { PatientAccess } from '../patients/patientAccess';
import { canReadThread } from '../policies/notePolicy';
import type { Services } from '../services';
import { presentThreads } from './presentThreads';
import { anchorOf, threadAuditCategory } from './threadAccess';

/** What a send claims to be: a new thread about an anchor, or a reply in one thread. */
export type Original = { kind: 'create'; anchor: NoteAnchor; visibility: ThreadVisibility } | { kind: 'reply'; threadId: string };

const reused = () => conflict('This idempotency key was already used for a different note. Send it with a new key.');

/**
 * A send with a key the author already used answers with what was stored
 * then — but only as a read would: the thread must still be readable by the
 * author now (consent withdrawn since: not found), the answer holds only the
 * author's own note (never replies written by others since), and a key sent
 * for another patient, thread or anchor than its note's is refused. Null when
 * the key is new.
 */
export async function replayOf(services: Services, actor: Actor, access: PatientAccess, key: string, original: Original): Promise<Thread | null> {
  const note = await services.store.notes.findNoteByIdempotencyKey(actor.userId, key);
  if (!note) return null;
  const { membership, preferences, patient } = access;
  if (note.patientId !== patient.id) throw reused();
  const thread = await services.store.notes.findThread(patient.id, note.threadId);
  const type = original.kind === 'create' ? 'note.create.replay' : 'note.reply.replay';
  if (!thread || !canReadThread(membership, preferences, { visibility: thread.visibility, anchor: anchorOf(thread) })) {
    await services.audit.record({
      actor, role: membership.role, patientId: patient.id, action: 'R', type, resourceType: 'Communication', resourceId: note.id, category: thread ? threadAuditCategory(thread) : null, outcome: 'denied', reason: 'thread not shared with this role or person',
    });
    throw notFound('Thread');
  }
  const first = (await services.store.notes.notesOf([thread.id]))[0];
  const same = original.kind === 'reply'
    ? original.threadId === thread.id && first?.id !== note.id
    : first?.id === note.id && original.visibility === thread.visibility && JSON.stringify(original.anchor) === JSON.stringify(anchorOf(thread));
  if (!same) throw reused();
  await services.audit.record({
    actor, role: membership.role, patientId: patient.id, action: 'R', type, resourceType: 'Communication', resourceId: note.id, category: threadAuditCategory(thread), outcome: 'success',
  });
  const [presented] = await presentThreads(services, [thread], actor.userId);
  return { ...presented!, notes: presented!.notes.filter((n) => n.id === note.id) };
}
