import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** How a benchmarked server frames Yjs messages. */
export type Protocol = 'y-websocket' | 'hocuspocus';

const SYNC = 0;
const AWARENESS = 1;
const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_SYNC_REPLY = 4;
/** CareHuddle's own acknowledgement message (`COLLAB_MESSAGE.saved`). */
export const SAVED = 100;

/** A decoded incoming message, reduced to what the load generator needs. */
export type Incoming =
  | { kind: 'step1' }
  | { kind: 'step2' }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'saved'; snapshot: Uint8Array }
  | { kind: 'other' };

/** Encodes y-websocket / Hocuspocus messages; Hocuspocus prefixes each with the document name. */
export class Wire {
  constructor(private readonly protocol: Protocol, private readonly docName: string) {}

  private start(): encoding.Encoder {
    const encoder = encoding.createEncoder();
    if (this.protocol === 'hocuspocus') encoding.writeVarString(encoder, this.docName);
    return encoder;
  }

  /** Hocuspocus expects an authentication message (an empty token) before anything else. */
  hello(): Uint8Array | null {
    if (this.protocol !== 'hocuspocus') return null;
    const encoder = this.start();
    encoding.writeVarUint(encoder, HOCUSPOCUS_AUTH);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, '');
    return encoding.toUint8Array(encoder);
  }

  /** Sync step 1 (or step 2, or an update) around a payload. */
  sync(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
    const encoder = this.start();
    encoding.writeVarUint(encoder, SYNC);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  }

  /** A presence message for one client id (the awareness update format, written by hand: no Awareness timers per client). */
  awareness(clientId: number, clock: number, state: unknown): Uint8Array {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
    const encoder = this.start();
    encoding.writeVarUint(encoder, AWARENESS);
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
    return encoding.toUint8Array(encoder);
  }

  /** Reads what matters of a message from the server. */
  read(data: Uint8Array): Incoming {
    const decoder = decoding.createDecoder(data);
    if (this.protocol === 'hocuspocus') decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === SAVED) return { kind: 'saved', snapshot: decoding.readVarUint8Array(decoder) };
    if (type !== SYNC && !(this.protocol === 'hocuspocus' && type === HOCUSPOCUS_SYNC_REPLY)) return { kind: 'other' };
    const syncType = decoding.readVarUint(decoder);
    if (syncType === 0) return { kind: 'step1' };
    if (syncType === 1) return { kind: 'step2' };
    return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
  }
}
