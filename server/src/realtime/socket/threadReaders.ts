import type { NoteAnchor, ServerToClientEvents, ThreadVisibility } from '@carehuddle/shared';
import { currentPreferences } from '../../domain/consent/sharingPreferences';
import { canReadThread } from '../../domain/policies/notePolicy';
import type { Services } from '../../domain/services';
import { rooms, type NotesServer } from './socketTypes';

/** Events about one thread that only its readers may receive. */
type ThreadEvent = 'note:changed' | 'thread:typing';

/**
 * Sends an event about a thread to the sockets in the patient's rooms that may
 * read it: whole rooms for threads about the patient or the shared plan, and
 * socket by socket (consent included) for threads about a clinical or
 * restricted plan item. `exceptSocketId` leaves out the sender.
 */
export async function emitToThreadReaders<E extends ThreadEvent>(
  io: NotesServer, services: Services, patientId: string, thread: { visibility: ThreadVisibility; anchor: NoteAnchor },
  event: E, payload: Parameters<ServerToClientEvents[E]>[0], exceptSocketId?: string,
): Promise<void> {
  const targets = thread.visibility === 'family' ? [rooms.team(patientId), rooms.family(patientId)] : [rooms.team(patientId)];
  const args = [payload] as Parameters<ServerToClientEvents[E]>;
  if (thread.anchor.kind !== 'planItem' || thread.anchor.audience === 'shared') {
    const sender = io.to(targets);
    (exceptSocketId ? sender.except(exceptSocketId) : sender).emit(event, ...args);
    return;
  }
  const [team, preferences] = await Promise.all([services.store.careTeams.listForPatient(patientId), currentPreferences(services, patientId)]);
  const readers = new Set(team.filter((m) => canReadThread(m, preferences, thread)).map((m) => m.userId));
  for (const socket of await io.in(targets).fetchSockets()) {
    if (socket.id !== exceptSocketId && readers.has(socket.data.actor.userId)) socket.emit(event, ...args);
  }
}
