import { CLOSE_CODES, COLLAB_MESSAGE } from '@carehuddle/shared';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import type { Actor } from '../../server/src/domain/actor';
import { openMemorySqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { CollabConnection } from '../../server/src/realtime/collab/collabConnection';
import { CollabRoom } from '../../server/src/realtime/collab/collabRoom';

/** A stand-in socket that records what the server sends and how it closes. */
function fakeSocket() {
  const socket = { OPEN: 1, CONNECTING: 0, readyState: 1, closedWith: null as number | null, sent: 0,
    send(_m: Uint8Array, cb?: (e?: Error) => void) { socket.sent += 1; cb?.(); },
    close(code: number) { socket.closedWith = code; socket.readyState = 3; },
    terminate() { socket.readyState = 3; } };
  return socket;
}

const actor: Actor = { userId: 'u1', name: 'Fuzzer', email: 'f@example.org', kind: 'staff', isAdmin: false, sessionId: 's1', ip: null };

function wrap(type: number, payload: Uint8Array, syncType?: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (syncType !== undefined) encoding.writeVarUint(e, syncType);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

describe('collaboration messages under fuzzing', () => {
  it('10,000 random and mutated messages never throw, close only with our codes, and never change what a read-only user cannot write', async () => {
    const store = openMemorySqliteStore();
    const room = await CollabRoom.open('plan:fuzz:shared', store.documents, { onEdit: () => undefined, onStoreFailure: () => undefined });
    room.doc.getMap('goals').set('kept', 'unchanged');
    const valid = Y.encodeStateAsUpdate(room.doc);
    const before = JSON.stringify(room.doc.getMap('goals').toJSON());
    const ourCodes = new Set<number>(Object.values(CLOSE_CODES));

    const message = fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      fc.uint8Array({ maxLength: 80 }).map((p) => wrap(COLLAB_MESSAGE.sync, p, 2)),
      fc.uint8Array({ maxLength: 80 }).map((p) => wrap(COLLAB_MESSAGE.sync, p, 1)),
      fc.uint8Array({ maxLength: 80 }).map((p) => wrap(COLLAB_MESSAGE.awareness, p)),
      fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })).map(([i, b]) => {
        const mutated = valid.slice();
        mutated[i] = b;
        return wrap(COLLAB_MESSAGE.sync, mutated, 2);
      }),
    );
    let cases = 0;
    fc.assert(
      fc.property(message, fc.boolean(), (bytes, writer) => {
        cases += 1;
        const ws = fakeSocket();
        const conn = new CollabConnection(ws as unknown as WebSocket, room, actor, 'physician', writer ? 'write' : 'read', true,
          { burst: 10, perSecond: 1, presenceBurst: 5, presencePerSecond: 1, presenceClientsPerConnection: 2, presenceStatesPerRoom: 50 }, () => undefined);
        expect(() => conn.receive(bytes)).not.toThrow();
        if (ws.closedWith !== null) expect(ourCodes.has(ws.closedWith)).toBe(true);
        room.remove(conn);
        if (!writer) expect(JSON.stringify(room.doc.getMap('goals').toJSON())).toBe(before);
      }),
      { numRuns: 10_000 },
    );
    expect(cases).toBe(10_000);
    expect(room.doc.getMap('goals').get('kept')).toBe('unchanged');
    await room.flush();
    room.destroy();
    await store.close();
  });
});
