import type { Conference } from '@carehuddle/shared';
import { recordConferencesShown } from '../../domain/audit/patientsShown';
import type { Services } from '../../domain/services';
import { rooms, type NotesServer } from './socketTypes';

/**
 * Sends a conference's new state to everyone in its room. The state names the
 * agenda's patients, so each recipient's view is audited per patient (once per
 * person, however many tabs) before anything is sent; if the trail is down,
 * nothing is sent.
 */
export async function emitConferenceState(io: NotesServer, services: Services, conference: Conference): Promise<void> {
  const room = rooms.conference(conference.id);
  const sockets = await io.in(room).fetchSockets();
  const recipients = new Map(sockets.map((s) => [s.data.actor.userId, s.data.actor]));
  for (const actor of recipients.values()) await recordConferencesShown(services, actor, [conference], 'conference.state');
  io.to(room).emit('conference:state', { conference });
}
