import { activeMembership, preferencesOf } from '../../domain/consent/sharingPreferences';
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
  // Every tab of the person hears it, once it is out of every room about the patient.
  const withdraw = async (patientId: string, userId: string) => {
    io.in(rooms.user(userId)).socketsLeave(patientRooms(patientId));
    await leaveConferencesAbout(patientId, userId);
    io.to(rooms.user(userId)).emit('patient:accessRevoked', { patientId });
  };
  // Conferences with the patient on the agenda are about them too: their live state stops reaching this person.
  const leaveConferencesAbout = async (patientId: string, userId: string) => {
    for (const socket of await io.in(rooms.user(userId)).fetchSockets()) {
      for (const room of socket.rooms) {
        const conferenceId = rooms.conferenceIdOf(room);
        const conference = conferenceId ? await services.store.conferences.find(conferenceId) : null;
        if (conference?.agenda.some((item) => item.patientId === patientId)) socket.leave(room);
      }
    }
  };
  // Family members the previous version shared with and the one in force does not (asked again, in case it changed since).
  const recheckFamily = async (patientId: string) => {
    const [, before] = (await services.store.consents.history(patientId)).map(preferencesOf);
    for (const { userId } of before?.family.filter((f) => f.sharedPlan) ?? []) {
      if (!(await activeMembership(services, patientId, userId))) await withdraw(patientId, userId);
    }
  };
  const report = (error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'access re-check failed');
  return (event) => {
    if (event.type === 'careTeam.memberRemoved') withdraw(event.patientId, event.userId).catch(report);
    if (event.type === 'consent.changed') {
      recheckFamily(event.patientId).catch(report);
      // The team's open Sharing and consent sections fetch the new version (the signal carries nothing they may not read).
      io.to(rooms.team(event.patientId)).emit('consent:changed', { patientId: event.patientId });
    }
  };
}
