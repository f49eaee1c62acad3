import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** A GC or Skip struct for one client, encoded by hand (update format v1) as a crafted message would be. */
export function placeholderUpdate(kind: 'gc' | 'skip', client: number, clock: number, length: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
  encoding.writeUint8(e, kind === 'gc' ? 0 : 10);
  encoding.writeVarUint(e, length);
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

/** An update that adds nothing and deletes a range of one client's clocks. */
export function deletionUpdate(client: number, clock: number, len: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, clock);
  encoding.writeVarUint(e, len);
  return encoding.toUint8Array(e);
}

/**
 * A struct of `client` at clocks `clock`..`clock + 1` that declares a root
 * section as its parent and has no neighbours: the shape of a struct that
 * straddles a document whose state for `client` is `clock + 1`.
 */
export function straddlingUpdate(client: number, clock: number, section: string): Uint8Array {
  const crafted = new Y.Doc();
  crafted.clientID = client;
  if (clock > 0) crafted.getText('filler').insert(0, 'x'.repeat(clock));
  crafted.getArray(section).insert(0, ['a', 'b']);
  const update = Y.diffUpdate(Y.encodeStateAsUpdate(crafted), Y.encodeStateVector(new Map([[client, clock]])));
  crafted.destroy();
  return update;
}
