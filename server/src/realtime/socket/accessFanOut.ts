import { activeMembership } from '../../domain/consent/sharingPreferences';
import type { DomainEvent } from '../../domain/events';
import type { Services } from '../../domain/services';
import type { Logger } from '../../logger';
import { rooms, type NotesServer } from './socketTypes';

/**
 * Withdrawn access takes effect at once: when someone leaves the team, or the
 * patient stops sharing with a family member, their sockets (on every node,
 * through the adapter) leave the patient's rooms and are told why.
 */
export function accessFanOut(io: NotesServer, services: Services, logger: Logger): (event: DomainEvent) => void {
  const patientRooms = (patientId: string) => [rooms.team(patientId), rooms.family(patientId), rooms.worklist(patientId)];
  // Every tab of the person hears it, not only the sockets that had joined the patient.
  const withdraw = (patientId: string, userId: string) => {
    io.in(rooms.user(userId)).socketsLeave(patientRooms(patientId));
    io.to(rooms.user(userId)).emit('patient:accessRevoked', { patientId });
  };
  const recheckFamily = async (patientId: string) => {
    const userIds = new Set((await io.in(rooms.family(patientId)).fetchSockets()).map((s) => s.data.actor.userId));
    for (const userId of userIds) if (!(await activeMembership(services, patientId, userId))) withdraw(patientId, userId);
  };
  return (event) => {
    if (event.type === 'careTeam.memberRemoved') withdraw(event.patientId, event.userId);
    if (event.type === 'consent.changed') {
      recheckFamily(event.patientId).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'access re-check failed'));
    }
  };
}
