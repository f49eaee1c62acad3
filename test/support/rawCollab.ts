import { COLLAB_MESSAGE, planDocumentName, type PlanAudience } from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ApiClient } from './http';

/** A raw websocket to a plan document that speaks the protocol by hand, as a crafted client would. */
export interface RawPlanSocket {
  ws: WebSocket;
  /** Resolves with the close code and reason once the server closes the connection. */
  closed: Promise<{ code: number; reason: string }>;
  /** Sends a sync update message with any bytes as the update. */
  sendUpdate(update: Uint8Array): void;
  /** Sends an awareness message with any bytes as the awareness update. */
  sendAwareness(update: Uint8Array): void;
  /**
   * Sends a sync step 1 and waits for the answer (or the close): the server
   * handles one connection's messages in order, so everything sent before has
   * been handled by then.
   */
  roundTrip(): Promise<void>;
}

/** Opens a raw connection and waits for the server's first message (the connection is attached then) or its refusal. */
export async function rawPlanSocket(baseUrl: string, client: ApiClient, patientId: string, audience: PlanAudience): Promise<RawPlanSocket> {
  const ws = new WebSocket(`${baseUrl.replace('http', 'ws')}/collab/${planDocumentName(patientId, audience)}?acks=1`, {
    headers: { cookie: client.cookie!, origin: baseUrl },
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise((resolve, reject) => {
    ws.once('message', resolve);
    ws.once('error', reject);
    void closed.then(resolve);
  });
  const send = (type: number, build: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, type);
    build(e);
    ws.send(encoding.toUint8Array(e));
  };
  return {
    ws, closed,
    sendUpdate: (update) => send(COLLAB_MESSAGE.sync, (e) => {
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, update);
    }),
    sendAwareness: (update) => send(COLLAB_MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, update)),
    async roundTrip() {
      const answered = new Promise<void>((resolve) => {
        const onMessage = (data: Buffer) => {
          const d = decoding.createDecoder(new Uint8Array(data));
          if (decoding.readVarUint(d) === COLLAB_MESSAGE.sync && decoding.readVarUint(d) === 1) {
            ws.off('message', onMessage);
            resolve();
          }
        };
        ws.on('message', onMessage);
        void closed.then(() => resolve());
      });
      send(COLLAB_MESSAGE.sync, (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      });
      await answered;
    },
  };
}

/** An awareness update with one entry per client id, each with the given JSON state. */
export function awarenessUpdate(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(e, entry.clientId);
    encoding.writeVarUint(e, entry.clock);
    encoding.writeVarString(e, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(e);
}
