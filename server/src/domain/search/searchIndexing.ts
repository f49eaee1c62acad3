import { parsePlanDocumentName } from '@carehuddle/shared';
import type { NoteRecord, ThreadRecord } from '../../storage/port';
import { storedStateUpTo } from '../plans/storedState';
import type { Services } from '../services';
import { noteEntries, noteGroup, planEntries } from './searchEntries';

/**
 * Puts a note's words in the index (or takes them out once retracted), after
 * the note itself is stored. The index is derived: if writing it fails, the
 * note is marked stale and indexed again at the next start, and the command
 * that stored the note still succeeds.
 */
export async function indexNote(services: Services, thread: ThreadRecord, note: NoteRecord): Promise<void> {
  const group = noteGroup(note.patientId, note.id);
  try {
    await services.store.search.replaceGroup(group, noteEntries(thread, note, services.clock.now().toISOString()));
  } catch {
    await services.store.search.markStale(group).catch(() => undefined);
  }
}

/** Indexes a plan document as stored (snapshot and every update after it), replacing its earlier passages. */
export async function indexPlanDocument(services: Services, docName: string): Promise<void> {
  const parsed = parsePlanDocumentName(docName);
  if (!parsed) return;
  const state = await storedStateUpTo(services.store.documents, docName, Number.MAX_SAFE_INTEGER);
  await services.store.search.replaceGroup(docName, planEntries(docName, parsed.patientId, parsed.audience, state, services.clock.now().toISOString()));
}

/** Indexes one group from its source again: a plan document, or a note (`note:<patient>:<note>`); anything else is dropped. */
export async function reindexGroup(services: Services, group: string): Promise<void> {
  if (parsePlanDocumentName(group)) return indexPlanDocument(services, group);
  const [kind, patientId, noteId] = group.split(':');
  if (kind === 'note' && patientId && noteId) {
    const note = await services.store.notes.findNote(patientId, noteId);
    const thread = note ? await services.store.notes.findThread(patientId, note.threadId) : null;
    if (note && thread) return indexNote(services, thread, note);
  }
  await services.store.search.replaceGroup(group, []);
}
