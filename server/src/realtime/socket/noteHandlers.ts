import { changesSinceFor } from './catchUp';
import { editNote, markThreadRead, retractNote, setThreadResolved, unretractNote } from '../../domain/notes/changeNotes';
import { createThread, replyInThread } from '../../domain/notes/postNotes';
import { anchorOf, requireThread } from '../../domain/notes/threadAccess';
import { requirePatientAccess } from '../../domain/patients/patientAccess';
import { isFamilySide } from '../../domain/policies/notePolicy';
import type { Services } from '../../domain/services';
import type { Logger } from '../../logger';
import type { TokenBucket } from '../tokenBucket';
import { eventHandler } from './eventHandler';
import { SOCKET_EVENT_SCHEMAS } from './socketEventSchemas';
import { rooms, type NotesServer, type NotesSocket } from './socketTypes';
import { emitToThreadReaders } from './threadReaders';

/** Registers every note event of one socket; the actor always comes from the handshake. */
export function registerNoteHandlers(socket: NotesSocket, io: NotesServer, services: Services, logger: Logger, bucket: TokenBucket): void {
  const deps = { audit: services.audit, logger, bucket };
  const actor = () => socket.data.actor;
  const on = socket.on.bind(socket) as (event: string, handler: (payload: unknown, ack?: unknown) => void) => void;

  on('patient:join', eventHandler(socket, deps, 'patient:join', SOCKET_EVENT_SCHEMAS['patient:join'], async ({ patientId }) => {
    const { membership } = await requirePatientAccess(services, actor(), patientId, { action: 'R', type: 'patient.join' });
    await socket.join(isFamilySide(membership.role) ? [rooms.family(patientId)] : [rooms.team(patientId), rooms.family(patientId)]);
    await services.audit.record({ actor: actor(), role: membership.role, patientId, action: 'R', type: 'patient.join', resourceType: 'Patient', resourceId: patientId, outcome: 'success' });
    return { latest: (await changesSinceFor(services, actor(), patientId, Number.MAX_SAFE_INTEGER)).latest };
  }));
  on('patient:leave', eventHandler(socket, deps, 'patient:leave', SOCKET_EVENT_SCHEMAS['patient:leave'], async ({ patientId }) => {
    await socket.leave(rooms.team(patientId));
    await socket.leave(rooms.family(patientId));
    return {};
  }));
  on('note:create', eventHandler(socket, deps, 'note:create', SOCKET_EVENT_SCHEMAS['note:create'], async (input) => ({ thread: await createThread(services, actor(), input) })));
  on('note:reply', eventHandler(socket, deps, 'note:reply', SOCKET_EVENT_SCHEMAS['note:reply'], async (input) => ({ thread: await replyInThread(services, actor(), input) })));
  on('note:edit', eventHandler(socket, deps, 'note:edit', SOCKET_EVENT_SCHEMAS['note:edit'], async (input) => ({ thread: await editNote(services, actor(), input) })));
  on('note:retract', eventHandler(socket, deps, 'note:retract', SOCKET_EVENT_SCHEMAS['note:retract'], async (input) => ({ thread: await retractNote(services, actor(), input) })));
  on('note:unretract', eventHandler(socket, deps, 'note:unretract', SOCKET_EVENT_SCHEMAS['note:unretract'], async (input) => ({ thread: await unretractNote(services, actor(), input) })));
  on('thread:resolve', eventHandler(socket, deps, 'thread:resolve', SOCKET_EVENT_SCHEMAS['thread:resolve'], async (input) => ({ thread: await setThreadResolved(services, actor(), input, true) })));
  on('thread:reopen', eventHandler(socket, deps, 'thread:reopen', SOCKET_EVENT_SCHEMAS['thread:reopen'], async (input) => ({ thread: await setThreadResolved(services, actor(), input, false) })));
  on('thread:markRead', eventHandler(socket, deps, 'thread:markRead', SOCKET_EVENT_SCHEMAS['thread:markRead'], async (input) => {
    await markThreadRead(services, actor(), input);
    return {};
  }));
  on('thread:typing', eventHandler(socket, deps, 'thread:typing', SOCKET_EVENT_SCHEMAS['thread:typing'], async ({ patientId, threadId, typing }) => {
    const { thread } = await requireThread(services, actor(), patientId, threadId, 'thread.typing');
    await emitToThreadReaders(io, services, patientId, { visibility: thread.visibility, anchor: anchorOf(thread) }, 'thread:typing',
      { patientId, threadId, userId: actor().userId, name: actor().name, typing }, socket.id);
    return {};
  }));
  on('notes:since', eventHandler(socket, deps, 'notes:since', SOCKET_EVENT_SCHEMAS['notes:since'], ({ patientId, since }) => changesSinceFor(services, actor(), patientId, since)));
}
