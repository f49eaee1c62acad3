import { COLLAB_MESSAGE } from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { StoredDocument } from '../../storage/port';
import { bufferedStep1, encodeSyncMessage, storedStateMessages } from './earlySync';

/** A document typed one character at a time, stored as a snapshot of the first `inSnapshot` keystrokes plus the rest as a tail. */
function typedDocument(keystrokes: number, inSnapshot: number): { doc: Y.Doc; stored: StoredDocument; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('summary');
  for (let i = 0; i < keystrokes; i += 1) text.insert((i * 7) % (text.length + 1), String.fromCharCode(97 + (i % 26)));
  doc.getMap('goals').set('g', 'Walk daily');
  const snapshot = inSnapshot > 0 ? Y.mergeUpdates(updates.slice(0, inSnapshot)) : null;
  return { doc, updates, stored: { snapshot, updates: updates.slice(inSnapshot).map((update, i) => ({ seq: i + 1, update })) } };
}

/** Applies what the server sent, as a y-websocket client does, and reports which sync message types arrived. */
function receive(into: Y.Doc, messages: Uint8Array[]): number[] {
  return messages.map((message) => {
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(COLLAB_MESSAGE.sync);
    const type = decoding.readVarUint(decoder);
    Y.applyUpdate(into, decoding.readVarUint8Array(decoder));
    return type;
  });
}

function step1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, COLLAB_MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe('answering sync step 1 from stored bytes', () => {
  it('gives a new client the whole stored document: step 2 first (the client is synced), the tail right after', () => {
    const { doc, stored } = typedDocument(600, 500);
    const client = new Y.Doc();
    const types = receive(client, storedStateMessages(stored, Y.encodeStateVector(client)));
    expect(types).toEqual([syncProtocol.messageYjsSyncStep2, syncProtocol.messageYjsUpdate]);
    expect(client.getText('summary').toJSON()).toBe(doc.getText('summary').toJSON());
    expect(client.getMap('goals').get('g')).toBe('Walk daily');
  });

  it('sends a client with an offline copy only what it lacks, and it converges', () => {
    const { doc, stored, updates } = typedDocument(600, 500);
    // An offline copy of the same plan from before the last 300 keystrokes.
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.mergeUpdates(updates.slice(0, 300)));
    const messages = storedStateMessages(stored, Y.encodeStateVector(client));
    receive(client, messages);
    expect(client.getText('summary').toJSON()).toBe(doc.getText('summary').toJSON());
    const full = storedStateMessages(stored, Y.encodeStateVector(new Y.Doc()));
    expect(messages.reduce((n, m) => n + m.byteLength, 0)).toBeLessThan(full.reduce((n, m) => n + m.byteLength, 0));
  });

  it('works for a document never compacted (no snapshot) and for one never written', () => {
    const { doc, stored } = typedDocument(40, 0);
    const client = new Y.Doc();
    expect(receive(client, storedStateMessages(stored, Y.encodeStateVector(client)))).toEqual([syncProtocol.messageYjsSyncStep2]);
    expect(client.getText('summary').toJSON()).toBe(doc.getText('summary').toJSON());
    const empty = new Y.Doc();
    expect(receive(empty, storedStateMessages({ snapshot: null, updates: [] }, Y.encodeStateVector(empty)))).toEqual([syncProtocol.messageYjsSyncStep2]);
    expect(empty.share.size).toBe(0);
  });

  it('finds the client\'s sync step 1 among buffered messages, and leaves anything malformed to the connection', () => {
    const client = typedDocument(10, 0).doc;
    const update = encodeSyncMessage(syncProtocol.messageYjsUpdate, Y.encodeStateAsUpdate(client));
    expect(bufferedStep1([update, step1(client)])).toEqual({ index: 1, stateVector: Y.encodeStateVector(client) });
    expect(bufferedStep1([update])).toBeNull();
    const truncated = step1(client).slice(0, 3);
    expect(bufferedStep1([truncated, step1(client)])).toBeNull();
  });
});
