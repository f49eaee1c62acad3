import { COLLAB_MESSAGE } from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type WebSocket from 'ws';
import type { Actor } from '../../domain/actor';
import { openMemorySqliteStore } from '../../storage/sqlite/openSqliteStore';
import { awarenessUpdate } from '../../../../test/support/rawCollab';
import { CollabConnection, type ConnectionLimits } from './collabConnection';
import { CollabRoom } from './collabRoom';
import { PRESENCE_FLUSH_MS } from './presenceBatcher';

const limits: ConnectionLimits = { burst: 100, perSecond: 100, presenceBurst: 100, presencePerSecond: 100, presenceClientsPerConnection: 2, presenceStatesPerRoom: 50 };

/** A stand-in socket that keeps every awareness message the server sends it. */
function recordingSocket() {
  const awareness: Uint8Array[] = [];
  const socket = {
    OPEN: 1, CONNECTING: 0, readyState: 1,
    send(message: Uint8Array) {
      if (decoding.readVarUint(decoding.createDecoder(message)) === COLLAB_MESSAGE.awareness) awareness.push(message);
    },
    close() { socket.readyState = 3; },
    terminate() { socket.readyState = 3; },
  };
  return { socket: socket as unknown as WebSocket, awareness };
}

const actor = (n: number): Actor => ({ userId: `u${n}`, name: `User ${n}`, email: `u${n}@example.org`, kind: 'staff', isAdmin: false, sessionId: `s${n}`, ip: null });

describe('room presence: coalesced and capped', () => {
  afterEach(() => vi.useRealTimers());

  it('relays a burst of presence changes once per flush window, as one message encoded once for every connection', async () => {
    const store = openMemorySqliteStore();
    const room = await CollabRoom.open('plan:presence:shared', store.documents, { onEdit: () => undefined, onStoreFailure: () => undefined });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const sockets = [1, 2, 3].map((n) => {
      const recorded = recordingSocket();
      const conn = new CollabConnection(recorded.socket, room, actor(n), 'physician', 'write', false, limits, () => undefined);
      room.connections.add(conn);
      return { conn, ...recorded };
    });
    // 1. Two people move their carets ten times each within one window.
    for (let clock = 1; clock <= 10; clock += 1) {
      sockets[0]!.conn.receive(awarenessMessage(100, clock, { section: 'goals', idle: clock % 2 === 0 }));
      sockets[1]!.conn.receive(awarenessMessage(200, clock, { section: 'needs' }));
    }
    // 2. Nothing is relayed before the window ends; then one message, the same bytes for everyone.
    expect(sockets.map((s) => s.awareness.length)).toEqual([0, 0, 0]);
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS);
    expect(sockets.map((s) => s.awareness.length)).toEqual([1, 1, 1]);
    expect(sockets[1]!.awareness[0]).toBe(sockets[0]!.awareness[0]);
    expect(room.awareness.getStates().get(100)).toMatchObject({ section: 'goals', idle: true });
    // 3. A quiet room sends nothing more.
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS * 10);
    expect(sockets.map((s) => s.awareness.length)).toEqual([1, 1, 1]);
    room.destroy();
    await store.close();
  });

  it('holds at most the room\'s cap of presence states: a newcomer beyond it is not shown but stays connected', async () => {
    const store = openMemorySqliteStore();
    const room = await CollabRoom.open('plan:presence-cap:shared', store.documents, { onEdit: () => undefined, onStoreFailure: () => undefined });
    const small = { ...limits, presenceStatesPerRoom: 2 };
    const people = [1, 2, 3].map((n) => {
      const recorded = recordingSocket();
      const conn = new CollabConnection(recorded.socket, room, actor(n), 'physician', 'write', false, small, () => undefined);
      room.connections.add(conn);
      conn.receive(awarenessMessage(n * 100, 1, { section: 'goals' }));
      return recorded.socket;
    });
    expect([...room.awareness.getStates().keys()].sort()).toEqual([100, 200]);
    expect(people.map((ws) => ws.readyState)).toEqual([1, 1, 1]);
    room.destroy();
    await store.close();
  });
});

function awarenessMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, COLLAB_MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate([{ clientId, clock, state }]));
  return encoding.toUint8Array(encoder);
}
