import { COLLAB_MESSAGE, MAX_COLLAB_MESSAGE_BYTES } from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { StoredDocument } from '../../storage/port';

/**
 * Answering a client's sync step 1 from the stored bytes of a document that is
 * being loaded, before the server has integrated them.
 *
 * Opening a long-lived plan after a restart is dominated by integrating its
 * stored snapshot into the room's `Y.Doc` and then encoding the state back for
 * the client (a CPU profile of a 100,000-update plan: about 60 % and 25 %). The
 * stored snapshot and tail already *are* the document's state, so the client
 * can have them at once and integrate them on its side while the server does
 * on its own. The room's content equals those bytes until its first update
 * after loading; a connection that attaches later than that is answered again
 * from the live document (`CollabRoom.changedSinceOpen`), and Yjs ignores what
 * it receives twice.
 */

/** The client's state vector from the first buffered sync step 1, with its position; null if there is none yet. */
export function bufferedStep1(buffered: readonly Uint8Array[]): { index: number; stateVector: Uint8Array } | null {
  for (const [index, message] of buffered.entries()) {
    if (message.byteLength > MAX_COLLAB_MESSAGE_BYTES) return null;
    try {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== COLLAB_MESSAGE.sync) continue;
      if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) continue;
      const stateVector = decoding.readVarUint8Array(decoder);
      Y.decodeStateVector(stateVector);
      return { index, stateVector };
    } catch {
      // Malformed: left for the connection, which closes with its reason.
      return null;
    }
  }
  return null;
}

/**
 * The messages that bring a client with `stateVector` up to the stored state:
 * sync step 2 with the snapshot (or, without one, the tail), then the tail as
 * one update. Only what the client lacks is sent (`Y.diffUpdate` reads the
 * encoded bytes; it never builds a document).
 */
export function storedStateMessages(stored: StoredDocument, stateVector: Uint8Array): Uint8Array[] {
  const tail = stored.updates.map((u) => u.update);
  const [first, rest] = stored.snapshot ? [stored.snapshot, tail] : [tail.length > 0 ? Y.mergeUpdates(tail) : emptyUpdate(), []];
  const fresh = isEmptyStateVector(stateVector);
  const messages = [encodeSyncMessage(syncProtocol.messageYjsSyncStep2, fresh ? first : Y.diffUpdate(first, stateVector))];
  if (rest.length > 0) {
    const merged = Y.mergeUpdates(rest);
    messages.push(encodeSyncMessage(syncProtocol.messageYjsUpdate, fresh ? merged : Y.diffUpdate(merged, stateVector)));
  }
  return messages;
}

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return Y.decodeStateVector(stateVector).size === 0;
}

function emptyUpdate(): Uint8Array {
  return Y.encodeStateAsUpdate(new Y.Doc());
}

/** A y-protocols sync message (step 2 or update) carrying `update`. */
export function encodeSyncMessage(syncType: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, COLLAB_MESSAGE.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
