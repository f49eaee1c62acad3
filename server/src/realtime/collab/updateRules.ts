import * as Y from 'yjs';

/**
 * How far one update may move a client's clock past what the document holds.
 * More than any honest update (a message is at most 1 MiB), and a bound on how
 * far ahead anyone can reserve clocks with a GC range or a deletion.
 */
export const MAX_CLOCK_ADVANCE = 1 << 20;

/** A decoded update, as `Y.decodeUpdate` returns it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The verdict: the client ids the update writes under (to claim), or why it is refused. */
export type UpdateCheck = { ok: true; clients: number[] } | { ok: false; why: string };

/** Whether the sender may write under a client id; `known` says whether the document already holds content of it. */
export type MayUseClient = (client: number, known: boolean) => boolean;

/**
 * Judges what an update would do to a document before it is applied, by the
 * rules honest Yjs clients always follow (their updates are a transaction's
 * new structs, or a sync step 2 that starts exactly at our state vector):
 * - no Skip structs (only merged updates carry them);
 * - no struct that straddles the document's state: Yjs would keep only its
 *   tail and link it after whatever existing item sits before it, whatever
 *   parent it declares;
 * - new structs, GC ranges and deletions of not-yet-known content only under
 *   client ids the sender may use, and at most MAX_CLOCK_ADVANCE ahead;
 * - every item's origin, right origin and parent refer to content that exists
 *   or that the update itself adds (a same-client reference points backwards),
 *   so integrating it cannot throw halfway through a transaction.
 * Content the document already has is a harmless repeat (a reconnecting
 * client's sync step 2) and may name anyone's client id.
 */
export function checkUpdate(decoded: DecodedUpdate, doc: Y.Doc, mayUse: MayUseClient): UpdateCheck {
  const refuse = (why: string): UpdateCheck => ({ ok: false, why });
  const state = (client: number) => Y.getState(doc.store, client);
  /** End of the content this update adds, by client. */
  const addedUpTo = new Map<number, number>();
  const used = new Set<number>();
  const mayWrite = (client: number, upTo: number): string | null => {
    if (upTo - state(client) > MAX_CLOCK_ADVANCE) return 'clock jump';
    if (!used.has(client) && !mayUse(client, state(client) > 0)) return 'client id of someone else';
    used.add(client);
    return null;
  };
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) return refuse('skip struct');
    const { client, clock } = struct.id;
    const end = clock + struct.length;
    const have = state(client);
    if (end <= have) continue;
    if (clock < have) return refuse('struct straddles the document state');
    const problem = mayWrite(client, end);
    if (problem) return refuse(problem);
    addedUpTo.set(client, end);
  }
  const exists = (id: Y.ID) => id.clock < state(id.client) || id.clock < (addedUpTo.get(id.client) ?? 0);
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent as unknown;
    for (const ref of [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (!ref) continue;
      const ok = ref.client === struct.id.client ? ref.clock < struct.id.clock : exists(ref);
      if (!ok) return refuse('reference to unknown content');
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const known = Math.max(state(client), addedUpTo.get(client) ?? 0);
    for (const { clock, len } of ranges) {
      if (clock + len <= known) continue;
      // Deleting content that does not exist yet would silently delete it when it arrives.
      const problem = mayWrite(client, clock + len);
      if (problem) return refuse(`deletion ahead of content: ${problem}`);
    }
  }
  return { ok: true, clients: [...used] };
}
