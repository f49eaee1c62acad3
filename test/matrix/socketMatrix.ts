import type { ActorName, World, WrittenActor } from './actors';
import { ask, connectSocket, key, whenConnected, type NotesClient } from '../support/socket';

/** `ok`, an error code from the ack, or `refused` when the handshake itself is refused. */
export type SocketOutcome = 'ok' | 'refused' | 'not_found' | 'forbidden' | 'validation_failed';
type SocketExpectation = Record<WrittenActor, SocketOutcome>;

/** Fixtures a socket probe may need: a fresh note by the coordinator in a team-only thread. */
export async function coordinatorNote(w: World): Promise<{ threadId: string; noteId: string }> {
  const socket = connectSocket(w.server.url, w.clients.coordinator);
  await whenConnected(socket);
  const answer = await ask(socket, 'note:create', { patientId: w.rosaId, body: 'Matrix fixture', mentions: [], idempotencyKey: key() });
  socket.disconnect();
  const thread = answer.thread as { id: string; notes: Array<{ id: string }> };
  return { threadId: thread.id, noteId: thread.notes[0]!.id };
}

/** A fixture note the coordinator has just retracted: only she may undo that. */
async function retractedByCoordinator(w: World): Promise<string> {
  const { noteId } = await coordinatorNote(w);
  const socket = connectSocket(w.server.url, w.clients.coordinator);
  await whenConnected(socket);
  await ask(socket, 'note:retract', { patientId: w.rosaId, noteId, reason: 'Matrix' });
  socket.disconnect();
  return noteId;
}

const teamOnly = (staff: SocketOutcome): SocketExpectation => ({
  anonymous: 'refused', coordinator: 'ok', physician: staff, pharmacist: staff, caregiver: 'not_found', offTeamStaff: 'not_found', revokedCaregiver: 'not_found',
});

/** Every Socket.IO client event: the payload for an actor, and what each actor must get. */
export const SOCKET_MATRIX: Record<string, { payload: (w: World) => Promise<unknown>; expect: SocketExpectation }> = {
  'patient:join': {
    payload: async (w) => ({ patientId: w.rosaId }),
    expect: { anonymous: 'refused', coordinator: 'ok', physician: 'ok', pharmacist: 'ok', caregiver: 'ok', offTeamStaff: 'not_found', revokedCaregiver: 'not_found' },
  },
  'patient:leave': { payload: async (w) => ({ patientId: w.rosaId }), expect: { ...teamOnly('ok'), caregiver: 'ok', offTeamStaff: 'ok', revokedCaregiver: 'ok' } },
  'note:create': {
    payload: async (w) => ({ patientId: w.rosaId, body: 'Matrix note', mentions: [], idempotencyKey: key() }),
    expect: { ...teamOnly('ok'), caregiver: 'forbidden' },
  },
  'note:reply': { payload: async (w) => ({ patientId: w.rosaId, threadId: w.teamThreadId, body: 'Matrix reply', mentions: [], idempotencyKey: key() }), expect: teamOnly('ok') },
  'note:edit': {
    payload: async (w) => ({ patientId: w.rosaId, noteId: (await coordinatorNote(w)).noteId, body: 'Edited', mentions: [] }),
    expect: teamOnly('forbidden'),
  },
  'note:retract': {
    payload: async (w) => ({ patientId: w.rosaId, noteId: (await coordinatorNote(w)).noteId, reason: 'Matrix' }),
    expect: teamOnly('forbidden'),
  },
  'note:unretract': {
    payload: async (w) => ({ patientId: w.rosaId, noteId: await retractedByCoordinator(w) }),
    expect: teamOnly('forbidden'),
  },
  'thread:resolve': { payload: async (w) => ({ patientId: w.rosaId, threadId: w.teamThreadId }), expect: teamOnly('ok') },
  'thread:reopen': { payload: async (w) => ({ patientId: w.rosaId, threadId: w.teamThreadId }), expect: teamOnly('ok') },
  'thread:markRead': { payload: async (w) => ({ patientId: w.rosaId, threadId: w.teamThreadId }), expect: teamOnly('ok') },
  'thread:typing': { payload: async (w) => ({ patientId: w.rosaId, threadId: w.teamThreadId, typing: true }), expect: teamOnly('ok') },
  'notes:since': {
    payload: async (w) => ({ patientId: w.rosaId, since: 0 }),
    expect: { anonymous: 'refused', coordinator: 'ok', physician: 'ok', pharmacist: 'ok', caregiver: 'ok', offTeamStaff: 'not_found', revokedCaregiver: 'not_found' },
  },
};

const invited = (chairOnly: SocketOutcome, staffOnly: SocketOutcome): SocketExpectation => ({
  anonymous: 'refused', coordinator: 'ok', physician: chairOnly, pharmacist: chairOnly, caregiver: staffOnly, offTeamStaff: 'not_found', revokedCaregiver: 'not_found',
});

Object.assign(SOCKET_MATRIX, {
  'conference:join': { payload: async (w: World) => ({ conferenceId: w.conferenceId }), expect: invited('ok', 'ok') },
  'conference:leave': { payload: async (w: World) => ({ conferenceId: w.conferenceId }), expect: { ...invited('ok', 'ok'), offTeamStaff: 'ok', revokedCaregiver: 'ok' } },
  'conference:setItem': { payload: async (w: World) => ({ conferenceId: w.conferenceId, agendaItemId: w.agendaItemId }), expect: invited('forbidden', 'forbidden') },
  'conference:timer': { payload: async (w: World) => ({ conferenceId: w.conferenceId, minutes: 5 }), expect: invited('forbidden', 'forbidden') },
  // Family guests follow the presenter; only staff present.
  'conference:present': { payload: async (w: World) => ({ conferenceId: w.conferenceId, patientId: w.rosaId, section: 'goals' }), expect: invited('ok', 'forbidden') },
  'conference:decision': { payload: async (w: World) => ({ conferenceId: w.conferenceId, agendaItemId: w.agendaItemId, text: 'Decided' }), expect: invited('ok', 'forbidden') },
  'conference:actionItem': {
    payload: async (w: World) => ({ conferenceId: w.conferenceId, agendaItemId: w.agendaItemId, title: 'Follow up', ownerId: w.ids.pharmacist, dueDate: '2026-12-05' }),
    expect: invited('ok', 'forbidden'),
  },
} satisfies typeof SOCKET_MATRIX);

/** Sends one event as an actor and reports the outcome. */
export async function socketOutcome(w: World, actor: ActorName, event: string, payload: unknown): Promise<SocketOutcome> {
  const socket: NotesClient = connectSocket(w.server.url, actor === 'anonymous' ? null : w.clients[actor]);
  try {
    const connected = await whenConnected(socket);
    if (!connected.ok) return 'refused';
    const answer = await ask(socket, event, payload);
    return answer.error ? (answer.error.code as SocketOutcome) : 'ok';
  } finally {
    socket.disconnect();
  }
}
