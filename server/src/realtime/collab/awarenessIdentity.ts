import { MAX_PRESENCE_STATE_BYTES, PresenceStateSchema } from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The identity the server puts into every presence state of a connection. */
export interface PresenceIdentity {
  userId: string;
  name: string;
  role: string;
  color: string;
}

/** One entry of an awareness update. */
interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

function decodeEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 64) throw new Error('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

/** What to do with one presence entry: the sender's `own`, or someone else's echo to `skip`. */
export type PresenceClientDecision = 'own' | 'skip';

/**
 * Rewrites a client's awareness update so that presence always names the
 * signed-in user and carries only what the app uses: each state of the
 * sender's own client ids is parsed with `PresenceStateSchema` (and bounded
 * in size), and `user` is replaced by the server's identity. Entries for
 * client ids the sender does not own are left out: stock y-websocket clients
 * echo everyone's presence back, so those are echoes, not the sender's own.
 * Throws on anything malformed (the caller closes with badMessage); the
 * callback may throw too, to refuse the message.
 */
export function rewriteAwareness(
  update: Uint8Array,
  identity: PresenceIdentity,
  decide: (clientId: number, removed: boolean) => PresenceClientDecision,
): Uint8Array {
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  for (const entry of decodeEntries(update)) {
    if (Buffer.byteLength(entry.state) > MAX_PRESENCE_STATE_BYTES) throw new Error('presence state too large');
    const raw: unknown = JSON.parse(entry.state);
    if (decide(entry.clientId, raw === null) === 'skip') continue;
    if (raw === null) {
      kept.push(entry);
      continue;
    }
    const { user: _ignored, ...fields } = PresenceStateSchema.parse(raw);
    kept.push({ ...entry, state: JSON.stringify({ ...fields, user: identity }) });
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

const COLORS = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#15803d', '#a21caf', '#c2410c'];

/** A stable caret color per user. */
export function colorFor(userId: string): string {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLORS[h % COLORS.length]!;
}
