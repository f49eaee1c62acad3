import type { NoteChanges } from '@carehuddle/shared';
import type { Actor } from '../../domain/actor';
import { notesChangedSince } from '../../domain/notes/readNotes';
import type { Services } from '../../domain/services';

/**
 * Changes after `since`; with `since` past the end, only the latest cursor
 * (what a client joining a room starts from).
 */
export async function changesSinceFor(services: Services, actor: Actor, patientId: string, since: number): Promise<NoteChanges> {
  if (since !== Number.MAX_SAFE_INTEGER) return notesChangedSince(services, actor, patientId, since);
  const all = await notesChangedSince(services, actor, patientId, 0);
  return { threads: [], latest: all.latest };
}
