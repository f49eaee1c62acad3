import { joinConference, present, recordActionItem, recordDecision, setAgendaItem, setTimer } from '../../domain/conferences/runConference';
import type { Conference } from '@carehuddle/shared';
import { recordConferencesShown } from '../../domain/audit/patientsShown';
import type { Services } from '../../domain/services';
import type { Logger } from '../../logger';
import type { TokenBucket } from '../tokenBucket';
import { eventHandler } from './eventHandler';
import { SOCKET_EVENT_SCHEMAS } from './socketEventSchemas';
import { rooms, type NotesServer, type NotesSocket } from './socketTypes';

/** Who is in a conference right now, one entry per person however many tabs and devices they use. */
export async function announceAttendees(io: NotesServer, conferenceId: string): Promise<void> {
  const sockets = await io.in(rooms.conference(conferenceId)).fetchSockets();
  const people = new Map(sockets.map((s) => [s.data.actor.userId, { userId: s.data.actor.userId, name: s.data.actor.name }]));
  io.to(rooms.conference(conferenceId)).emit('conference:attendees', { conferenceId, attendees: [...people.values()] });
}

/** Registers the case conference events of one socket. */
export function registerConferenceHandlers(socket: NotesSocket, io: NotesServer, services: Services, logger: Logger, bucket: TokenBucket): void {
  const deps = { audit: services.audit, logger, bucket };
  const actor = () => socket.data.actor;
  // Every ack carries the whole conference, agenda patients included: audited per patient before it is sent.
  const shown = async (conference: Conference, type: string): Promise<Conference> => {
    await recordConferencesShown(services, actor(), [conference], type);
    return conference;
  };
  const on = socket.on.bind(socket) as (event: string, handler: (payload: unknown, ack?: unknown) => void) => void;
  on('conference:join', eventHandler(socket, deps, 'conference:join', SOCKET_EVENT_SCHEMAS['conference:join'], async ({ conferenceId }) => {
    const conference = await joinConference(services, actor(), conferenceId);
    await socket.join(rooms.conference(conferenceId));
    await announceAttendees(io, conferenceId);
    return { conference };
  }));
  on('conference:leave', eventHandler(socket, deps, 'conference:leave', SOCKET_EVENT_SCHEMAS['conference:leave'], async ({ conferenceId }) => {
    await socket.leave(rooms.conference(conferenceId));
    await announceAttendees(io, conferenceId);
    return {};
  }));
  on('conference:setItem', eventHandler(socket, deps, 'conference:setItem', SOCKET_EVENT_SCHEMAS['conference:setItem'],
    async (i) => ({ conference: await shown(await setAgendaItem(services, actor(), i.conferenceId, i.agendaItemId), 'conference.setItem') })));
  on('conference:timer', eventHandler(socket, deps, 'conference:timer', SOCKET_EVENT_SCHEMAS['conference:timer'],
    async (i) => ({ conference: await shown(await setTimer(services, actor(), i.conferenceId, i.minutes), 'conference.timer') })));
  on('conference:present', eventHandler(socket, deps, 'conference:present', SOCKET_EVENT_SCHEMAS['conference:present'],
    async (i) => ({ conference: await shown(await present(services, actor(), i.conferenceId, i.patientId, i.section), 'conference.present') })));
  on('conference:decision', eventHandler(socket, deps, 'conference:decision', SOCKET_EVENT_SCHEMAS['conference:decision'],
    async (i) => ({ conference: await shown(await recordDecision(services, actor(), i.conferenceId, i.agendaItemId, i.text), 'conference.decision') })));
  on('conference:actionItem', eventHandler(socket, deps, 'conference:actionItem', SOCKET_EVENT_SCHEMAS['conference:actionItem'],
    async (i) => ({ conference: await shown(await recordActionItem(services, actor(), i), 'conference.actionItem') })));
  socket.on('disconnecting', () => {
    const conferences = [...socket.rooms].filter((r) => r.startsWith('conference:')).map((r) => r.slice('conference:'.length));
    // After the socket has left, so that the list no longer counts it.
    setImmediate(() => { for (const id of conferences) void announceAttendees(io, id).catch(() => undefined); });
  });
}
