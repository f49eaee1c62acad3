import type { CreateThreadInput, ReplyInput, Thread } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, type NoteRecord, type ThreadRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { canPostInThread, canReadThread } from '../policies/notePolicy';
import type { Services } from '../services';
import { presentThreads } from './presentThreads';
import { checkMentions, requireThread, threadAuditCategory, touchThread } from './threadAccess';

/** A retry with a key the author already used returns what was stored then. */
async function alreadyStored(services: Services, actor: Actor, key: string, patientId: string): Promise<Thread | null> {
  const existing = await services.store.notes.findNoteByIdempotencyKey(actor.userId, key);
  if (!existing || existing.patientId !== patientId) return null;
  const thread = await services.store.notes.findThread(patientId, existing.threadId);
  return thread ? (await presentThreads(services, [thread], actor.userId))[0]! : null;
}

function newNote(services: Services, actor: Actor, thread: ThreadRecord, input: { body: string; mentions: string[]; idempotencyKey: string }): NoteRecord {
  return {
    id: randomUUID(), threadId: thread.id, patientId: thread.patientId, authorId: actor.userId, body: input.body, mentions: input.mentions,
    idempotencyKey: input.idempotencyKey, createdAt: services.clock.now().toISOString(), editedAt: null, retractedBy: null, retractedAt: null, retractReason: null,
  };
}

async function stored(services: Services, actor: Actor, thread: ThreadRecord, note: NoteRecord, role: string, type: string): Promise<Thread> {
  await services.audit.record({
    actor, role, patientId: thread.patientId, action: 'C', type, resourceType: 'Communication', resourceId: note.id, category: threadAuditCategory(thread), outcome: 'success',
  });
  await services.store.notes.setReadMarker(thread.id, actor.userId, thread.activitySeq);
  services.events.publish({ type: 'notes.changed', patientId: thread.patientId, threadId: thread.id, mentioned: note.mentions, by: actor.userId });
  return (await presentThreads(services, [thread], actor.userId))[0]!;
}

/** Starts a thread; acknowledged only once the note is stored. */
export async function createThread(services: Services, actor: Actor, input: CreateThreadInput): Promise<Thread> {
  const { membership, preferences } = await requirePatientAccess(services, actor, input.patientId, { action: 'C', type: 'note.create' });
  const replay = await alreadyStored(services, actor, input.idempotencyKey, input.patientId);
  if (replay) return replay;
  if (!canPostInThread(membership, input.visibility)) throw forbidden('Family members can only write in threads shared with family.');
  if (!canReadThread(membership, preferences, input)) throw forbidden('You cannot discuss an item of a plan document you may not read.');
  await checkMentions(services, input.patientId, input.mentions);
  const now = services.clock.now().toISOString();
  const thread: ThreadRecord = {
    id: randomUUID(), patientId: input.patientId, anchor: JSON.stringify(input.anchor), visibility: input.visibility, resolved: false,
    createdAt: now, lastActivityAt: now, activitySeq: await services.store.notes.nextActivitySeq(input.patientId),
  };
  const note = newNote(services, actor, thread, input);
  await services.store.notes.insertThread(thread);
  try {
    await services.store.notes.insertNote(note);
  } catch (error) {
    // Two sends of the same key raced: the other one stored it; answer with that.
    if (error instanceof DuplicateKeyError) return (await alreadyStored(services, actor, input.idempotencyKey, input.patientId))!;
    throw error;
  }
  return stored(services, actor, thread, note, membership.role, 'note.create');
}

/** Replies in a thread the user may see. */
export async function replyInThread(services: Services, actor: Actor, input: ReplyInput): Promise<Thread> {
  const { membership, thread } = await requireThread(services, actor, input.patientId, input.threadId, 'note.reply');
  const replay = await alreadyStored(services, actor, input.idempotencyKey, input.patientId);
  if (replay) return replay;
  await checkMentions(services, input.patientId, input.mentions);
  const note = newNote(services, actor, thread, input);
  try {
    await services.store.notes.insertNote(note);
  } catch (error) {
    if (error instanceof DuplicateKeyError) return (await alreadyStored(services, actor, input.idempotencyKey, input.patientId))!;
    throw error;
  }
  return stored(services, actor, await touchThread(services, thread), note, membership.role, 'note.reply');
}
