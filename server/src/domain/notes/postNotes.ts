import type { CreateThreadInput, ReplyInput, Thread } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, type NoteRecord, type ThreadRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { canPostInThread, canReadThread } from '../policies/notePolicy';
import type { Services } from '../services';
import { indexNote } from '../search/searchIndexing';
import { presentThreads } from './presentThreads';
import { replayOf } from './replayNote';
import { anchorOf, checkMentions, requireThread, threadAuditCategory, touchThread } from './threadAccess';

function newNote(services: Services, actor: Actor, thread: ThreadRecord, input: { body: string; mentions: string[]; idempotencyKey: string }): NoteRecord {
  return {
    id: randomUUID(), threadId: thread.id, patientId: thread.patientId, authorId: actor.userId, body: input.body, mentions: input.mentions,
    idempotencyKey: input.idempotencyKey, createdAt: services.clock.now().toISOString(), editedAt: null, retractedBy: null, retractedAt: null, retractReason: null,
  };
}

async function stored(services: Services, actor: Actor, thread: ThreadRecord, note: NoteRecord, role: string, type: string): Promise<Thread> {
  await indexNote(services, thread, note);
  await services.audit.record({
    actor, role, patientId: thread.patientId, action: 'C', type, resourceType: 'Communication', resourceId: note.id, category: threadAuditCategory(thread), outcome: 'success',
  });
  await services.store.notes.setReadMarker(thread.id, actor.userId, thread.activitySeq);
  services.events.publish({ type: 'notes.changed', patientId: thread.patientId, threadId: thread.id, mentioned: note.mentions, by: actor.userId, noteId: note.id });
  return (await presentThreads(services, [thread], actor.userId))[0]!;
}

/** Starts a thread; acknowledged only once the note is stored. */
export async function createThread(services: Services, actor: Actor, input: CreateThreadInput): Promise<Thread> {
  const access = await requirePatientAccess(services, actor, input.patientId, { action: 'C', type: 'note.create' });
  const { membership, preferences } = access;
  const original = { kind: 'create', anchor: input.anchor, visibility: input.visibility } as const;
  const replay = await replayOf(services, actor, access, input.idempotencyKey, original);
  if (replay) return replay;
  if (!canPostInThread(membership, input.visibility)) throw forbidden('Family members can only write in threads shared with family.');
  if (!canReadThread(membership, preferences, input)) throw forbidden('You cannot discuss an item of a plan document you may not read.');
  await checkMentions(services, input.patientId, input.mentions, input);
  const now = services.clock.now().toISOString();
  const thread: ThreadRecord = {
    id: randomUUID(), patientId: input.patientId, anchor: JSON.stringify(input.anchor), visibility: input.visibility, resolved: false,
    createdAt: now, lastActivityAt: now, activitySeq: await services.store.notes.nextActivitySeq(input.patientId),
  };
  const note = newNote(services, actor, thread, input);
  try {
    // Thread and first note together: a racing send of the same key stores neither, so no empty thread is left behind.
    await services.store.notes.insertThreadWithNote(thread, note);
  } catch (error) {
    // Two sends of the same key raced: the other one stored it; answer as a retry would be answered.
    if (error instanceof DuplicateKeyError) return (await replayOf(services, actor, access, input.idempotencyKey, original))!;
    throw error;
  }
  return stored(services, actor, thread, note, membership.role, 'note.create');
}

/** Replies in a thread the user may see. */
export async function replyInThread(services: Services, actor: Actor, input: ReplyInput): Promise<Thread> {
  const access = await requireThread(services, actor, input.patientId, input.threadId, 'note.reply');
  const { membership, thread } = access;
  const original = { kind: 'reply', threadId: input.threadId } as const;
  const replay = await replayOf(services, actor, access, input.idempotencyKey, original);
  if (replay) return replay;
  await checkMentions(services, input.patientId, input.mentions, { visibility: thread.visibility, anchor: anchorOf(thread) });
  const note = newNote(services, actor, thread, input);
  try {
    await services.store.notes.insertNote(note);
  } catch (error) {
    if (error instanceof DuplicateKeyError) return (await replayOf(services, actor, access, input.idempotencyKey, original))!;
    throw error;
  }
  return stored(services, actor, await touchThread(services, thread), note, membership.role, 'note.reply');
}
