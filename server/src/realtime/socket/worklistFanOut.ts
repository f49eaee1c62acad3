import { currentPreferences } from '../../domain/consent/sharingPreferences';
import type { DomainEvent } from '../../domain/events';
import { canReadTracking } from '../../domain/policies/trackingPolicy';
import type { Services } from '../../domain/services';
import type { Logger } from '../../logger';
import { rooms, type NotesServer } from './socketTypes';

/**
 * "A task was handed to you" reaches its new owner's devices. "Your worklist changed" reaches, socket by socket, only the team members who
 * may see the changed item (its category and the patient's consent decide), so
 * even the timing of a substance-use referral's progress stays with its readers.
 */
export function worklistFanOut(io: NotesServer, services: Services, logger: Logger): (event: DomainEvent) => void {
  const readerSockets = async (patientId: string, category: Parameters<typeof canReadTracking>[2]) => {
    const [team, preferences] = await Promise.all([services.store.careTeams.listForPatient(patientId), currentPreferences(services, patientId)]);
    const readers = new Set(team.filter((m) => canReadTracking(m, preferences, category)).map((m) => m.userId));
    return (await io.in(rooms.worklist(patientId)).fetchSockets()).filter((socket) => readers.has(socket.data.actor.userId));
  };
  const signal = async (patientId: string, category: Parameters<typeof canReadTracking>[2]) => {
    for (const socket of await readerSockets(patientId, category)) socket.emit('worklist:changed', { patientId });
  };
  const alert = async (patientId: string, adt: Extract<DomainEvent, { type: 'transition.alerted' }>['event']) => {
    for (const socket of await readerSockets(patientId, 'clinical')) socket.emit('transition:alert', { patientId, event: adt });
  };
  const failed = (error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'worklist signal failed');
  return (event) => {
    // The new owner was checked as one of the task's readers when it was handed to them; the signal names no content.
    if (event.type === 'task.assigned') io.to(rooms.user(event.ownerId)).emit('task:assigned', { patientId: event.patientId, taskId: event.taskId });
    // The new lead now leads these members: the ids are theirs to know, and the list is fetched through HTTP (policy and audit).
    if (event.type === 'caseload.assigned') io.to(rooms.user(event.userId)).emit('caseload:assigned', { patientIds: event.patientIds });
    if (event.type === 'worklist.changed') signal(event.patientId, event.category).catch(failed);
    // An admission alert is clinical news: the clinical plan's readers on the team hear of it, nobody else.
    if (event.type === 'transition.alerted') alert(event.patientId, event.event).catch(failed);
  };
}
