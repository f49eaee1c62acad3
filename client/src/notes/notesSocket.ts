import type { ClientToServerEvents, ServerToClientEvents, Thread } from '@carehuddle/shared';
import type { Socket } from 'socket.io-client';

/** The notes page's own Socket.IO connection. */
export type NotesSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What the server acknowledges a notes event with. */
export type Answer = { ok: true; thread?: Thread; latest?: number; threads?: Thread[] } | { error: { code: string; message: string } };

/** Emits an event and waits for its acknowledgement; with a timeout, the ack's first argument is the timeout error (the typed map does not model that). */
export function emitWithAck(socket: NotesSocket, event: string, payload: unknown, ack: (error: Error | null, answer?: Answer) => void, timeoutMs = 10_000): void {
  const timed = socket.timeout(timeoutMs) as unknown as { emit(event: string, payload: unknown, ack: (error: Error | null, answer?: Answer) => void): void };
  timed.emit(event, payload, ack);
}
