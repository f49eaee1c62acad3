import type { ClientToServerEvents, NoteChangedEvent, ServerToClientEvents } from '@carehuddle/shared';
import { io, type Socket } from 'socket.io-client';
import type { ApiClient } from './http';
import { waitFor } from './wait';

/** A typed socket.io client. */
export type NotesClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io-client, with the session cookie and an Origin as a browser tab sends them. */
export function connectSocket(baseUrl: string, client: ApiClient | null, options: { origin?: string } = {}): NotesClient {
  return io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin: options.origin ?? baseUrl, ...(client?.cookie ? { cookie: client.cookie } : {}) },
  });
}

/** Resolves on connect, or with the refusal's message. */
export function whenConnected(socket: NotesClient): Promise<{ ok: true } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    if (socket.connected) return resolve({ ok: true });
    socket.once('connect', () => resolve({ ok: true }));
    socket.once('connect_error', (error) => resolve({ ok: false, message: error.message }));
  });
}

/** Sends an event and returns the ack (any shape, so tests can send hostile payloads). */
export function ask(socket: NotesClient, event: string, payload: unknown): Promise<Record<string, unknown> & { error?: { code: string; message: string; fields?: Array<{ path: string }> } }> {
  return (socket.timeout(5000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Record<string, unknown>> }).emitWithAck(event, payload);
}

/** Collects `note:changed` events as they arrive. */
export function collectChanges(socket: NotesClient): NoteChangedEvent[] {
  const seen: NoteChangedEvent[] = [];
  socket.on('note:changed', (e) => seen.push(e));
  return seen;
}

/** Waits for an event that matches. */
export async function waitForEvent<T>(list: T[], match: (item: T) => boolean, what: string): Promise<T> {
  await waitFor(() => list.some(match), what);
  return list.find(match)!;
}

let counter = 0;
/** A fresh idempotency key. */
export const key = (): string => `key-${Date.now()}-${(counter += 1)}`;

/** Sockets one test file opens: each connected (asserted), optionally joined to a patient, all disconnected by `closeAll`. */
export function socketPool(baseUrl: () => string) {
  const sockets: NotesClient[] = [];
  return {
    /** A connected socket for a signed-in client, joined to the patient when one is given. */
    async open(client: ApiClient, patientId?: string): Promise<NotesClient> {
      const socket = connectSocket(baseUrl(), client);
      sockets.push(socket);
      if ((await whenConnected(socket)).ok !== true) throw new Error('socket refused');
      if (patientId !== undefined && (await ask(socket, 'patient:join', { patientId })).ok !== true) throw new Error('could not join the patient');
      return socket;
    },
    closeAll(): void {
      for (const s of sockets.splice(0)) s.disconnect();
    },
  };
}
