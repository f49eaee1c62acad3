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

/**
 * Rewrites a client's awareness update so that presence always names the
 * signed-in user: `user` is replaced by the server's identity, and entries for
 * Yjs client ids that belong to another connection are dropped.
 */
export function rewriteAwareness(
  update: Uint8Array,
  identity: PresenceIdentity,
  mayUseClientId: (clientId: number) => boolean,
): Uint8Array {
  const kept = decodeEntries(update).filter((e) => mayUseClientId(e.clientId));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    let state: unknown = JSON.parse(entry.state);
    if (state !== null) {
      const fields = typeof state === 'object' && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
      state = { ...fields, user: identity };
    }
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** The Yjs client ids an awareness update speaks for. */
export function awarenessClientIds(update: Uint8Array): number[] {
  return decodeEntries(update).map((e) => e.clientId);
}

const COLORS = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#15803d', '#a21caf', '#c2410c'];

/** A stable caret color per user. */
export function colorFor(userId: string): string {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLORS[h % COLORS.length]!;
}
