import type { EditNoteInput, RetractNoteInput, Thread, ThreadRefInput, UnretractNoteInput } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { canEditNote, canResolveThread, canRetractNote, canUnretractNote } from '../policies/notePolicy';
import type { Services } from '../services';
import { indexNote } from '../search/searchIndexing';
import { presentThreads } from './presentThreads';
import { anchorOf, checkMentions, requireThread, threadAuditCategory, touchThread } from './threadAccess';

async function noteInThread(services: Services, actor: Actor, patientId: string, noteId: string, type: string) {
  const note = await services.store.notes.findNote(patientId, noteId);
  if (!note) throw notFound('Note');
  return { note, ...(await requireThread(services, actor, patientId, note.threadId, type)) };
}

async function announce(services: Services, actor: Actor, thread: Parameters<typeof presentThreads>[1][number], mentioned: string[] = []): Promise<Thread> {
  services.events.publish({ type: 'notes.changed', patientId: thread.patientId, threadId: thread.id, mentioned, by: actor.userId });
  return (await presentThreads(services, [thread], actor.userId))[0]!;
}

/** Edits a note's text; the earlier text is kept as a revision (who, when). */
export async function editNote(services: Services, actor: Actor, input: EditNoteInput): Promise<Thread> {
  const { note, thread, membership } = await noteInThread(services, actor, input.patientId, input.noteId, 'note.edit');
  if (!canEditNote(actor, note)) throw forbidden('Only the author can edit a note, and not once it is retracted.');
  await checkMentions(services, input.patientId, input.mentions, { visibility: thread.visibility, anchor: anchorOf(thread) });
  const now = services.clock.now().toISOString();
  await services.store.notes.editNote(note.id, { body: input.body, mentions: input.mentions, editedAt: now }, { noteId: note.id, body: note.body, editedBy: actor.userId, replacedAt: now });
  await indexNote(services, thread, { ...note, body: input.body, mentions: input.mentions, editedAt: now });
  await services.audit.record({ actor, role: membership.role, patientId: input.patientId, action: 'U', type: 'note.edit', resourceType: 'Communication', resourceId: note.id, category: threadAuditCategory(thread), outcome: 'success' });
  const newlyMentioned = input.mentions.filter((id) => !note.mentions.includes(id));
  return announce(services, actor, await touchThread(services, thread), newlyMentioned);
}

/** Retracts a note with a reason; a stub stays visible and the text is kept for the record. */
export async function retractNote(services: Services, actor: Actor, input: RetractNoteInput): Promise<Thread> {
  const { note, thread, membership } = await noteInThread(services, actor, input.patientId, input.noteId, 'note.retract');
  if (!canRetractNote(actor, membership, note)) throw forbidden('Only the author or the care coordinator can retract a note.');
  const retraction = { retractedBy: actor.userId, retractedAt: services.clock.now().toISOString(), retractReason: input.reason };
  await services.store.notes.retractNote(note.id, retraction);
  await indexNote(services, thread, { ...note, ...retraction });
  await services.audit.record({ actor, role: membership.role, patientId: input.patientId, action: 'D', type: 'note.retract', resourceType: 'Communication', resourceId: note.id, category: threadAuditCategory(thread), outcome: 'success' });
  return announce(services, actor, await touchThread(services, thread));
}

/** Undoes a retraction (the "Undo" right after retracting): the note reads as before; both steps stay in the audit trail. */
export async function unretractNote(services: Services, actor: Actor, input: UnretractNoteInput): Promise<Thread> {
  const { note, thread, membership } = await noteInThread(services, actor, input.patientId, input.noteId, 'note.unretract');
  if (!canUnretractNote(actor, note, services.clock.now())) {
    await services.audit.record({ actor, role: membership.role, patientId: input.patientId, action: 'U', type: 'note.unretract', resourceType: 'Communication', resourceId: note.id, category: threadAuditCategory(thread), outcome: 'denied', reason: 'not who retracted it, or too late' });
    throw forbidden('Only whoever retracted a note can undo that, and only within two minutes.');
  }
  await services.store.notes.retractNote(note.id, { retractedBy: null, retractedAt: null, retractReason: null });
  await services.audit.record({ actor, role: membership.role, patientId: input.patientId, action: 'U', type: 'note.unretract', resourceType: 'Communication', resourceId: note.id, category: threadAuditCategory(thread), outcome: 'success' });
  return announce(services, actor, await touchThread(services, thread));
}

/** Resolves or reopens a thread. */
export async function setThreadResolved(services: Services, actor: Actor, input: ThreadRefInput, resolved: boolean): Promise<Thread> {
  const type = resolved ? 'thread.resolve' : 'thread.reopen';
  const { thread, membership } = await requireThread(services, actor, input.patientId, input.threadId, type);
  if (!canResolveThread(membership)) throw forbidden('Only staff on the team can resolve threads.');
  await services.audit.record({ actor, role: membership.role, patientId: input.patientId, action: 'U', type, resourceType: 'Communication', resourceId: thread.id, category: threadAuditCategory(thread), outcome: 'success' });
  return announce(services, actor, await touchThread(services, thread, { resolved }));
}

/** Marks a thread read up to its latest activity. */
export async function markThreadRead(services: Services, actor: Actor, input: ThreadRefInput): Promise<void> {
  const { thread } = await requireThread(services, actor, input.patientId, input.threadId, 'thread.read');
  await services.store.notes.setReadMarker(thread.id, actor.userId, thread.activitySeq);
}
