import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deletionUpdate, placeholderUpdate, straddlingUpdate } from '../../../../test/support/craftedUpdates';
import { checkUpdate, MAX_CLOCK_ADVANCE, type MayUseClient } from './updateRules';

/** The server's document: someone else (client 1) wrote a need with a title. */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 1;
  const need = new Y.Map<unknown>();
  need.set('title', 'Housing');
  doc.getMap('needs').set('n1', need);
  return doc;
}

const check = (update: Uint8Array, doc: Y.Doc, mayUse: MayUseClient) => checkUpdate(Y.decodeUpdate(update), doc, mayUse);
/** The sender owns client 2 only. */
const ownsTwo: MayUseClient = (client) => client === 2;

describe('checkUpdate: what an update would do, judged before it is applied', () => {
  it('accepts an honest edit and an honest sync step 2, and names the client ids they write under', () => {
    const server = serverDoc();
    const client = new Y.Doc();
    client.clientID = 2;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    client.getMap('medications').set('m1', 'Furosemide');
    (client.getMap('needs').get('n1') as Y.Map<unknown>).delete('title');
    expect(check(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), server, ownsTwo)).toEqual({ ok: true, clients: [2] });
    // A full resync repeats client 1's content: a harmless repeat, not a write under its id.
    expect(check(Y.encodeStateAsUpdate(client), server, ownsTwo)).toEqual({ ok: true, clients: [2] });
  });

  it('refuses a struct that straddles the document state, whatever parent it declares', () => {
    const server = serverDoc();
    // Client 1 holds clocks 0..1; a struct of client 1 at clocks 1..2 declares the medications section.
    expect(check(straddlingUpdate(1, 1, 'medications'), server, () => true)).toEqual({ ok: false, why: 'struct straddles the document state' });
  });

  it('refuses skips, and GC ranges, content or deletions ahead of content under someone else\'s client id', () => {
    const server = serverDoc();
    expect(check(placeholderUpdate('skip', 2, 0, 5), server, ownsTwo)).toMatchObject({ ok: false, why: 'skip struct' });
    expect(check(placeholderUpdate('gc', 1, 2, 1_000), server, ownsTwo)).toMatchObject({ ok: false, why: 'client id of someone else' });
    expect(check(placeholderUpdate('gc', 2, 0, 1_000), server, ownsTwo)).toEqual({ ok: true, clients: [2] });
    expect(check(deletionUpdate(1, 2, 100), server, ownsTwo)).toMatchObject({ ok: false, why: 'deletion ahead of content: client id of someone else' });
    // Deleting what exists is an ordinary edit, whoever wrote it.
    expect(check(deletionUpdate(1, 0, 2), server, ownsTwo)).toEqual({ ok: true, clients: [] });
    const other = new Y.Doc();
    other.clientID = 1;
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    other.getMap('needs').set('n2', 'forged');
    expect(check(Y.encodeStateAsUpdate(other, Y.encodeStateVector(server)), server, ownsTwo)).toMatchObject({ ok: false, why: 'client id of someone else' });
  });

  it('bounds how far one update moves even the sender\'s own clock', () => {
    const server = serverDoc();
    expect(check(placeholderUpdate('gc', 2, 0, MAX_CLOCK_ADVANCE + 1), server, ownsTwo)).toMatchObject({ ok: false, why: 'clock jump' });
    expect(check(deletionUpdate(2, MAX_CLOCK_ADVANCE, 1), server, ownsTwo)).toMatchObject({ ok: false });
  });

  it('refuses references to content that neither side has, which Yjs would fail on halfway through applying', () => {
    const server = serverDoc();
    const elsewhere = new Y.Doc();
    elsewhere.clientID = 3;
    elsewhere.getMap('needs').set('x', new Y.Map());
    const client = new Y.Doc();
    client.clientID = 2;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(elsewhere));
    const before = Y.encodeStateVector(client);
    (client.getMap('needs').get('x') as Y.Map<unknown>).set('title', 'orphan');
    expect(check(Y.encodeStateAsUpdate(client, before), server, ownsTwo)).toMatchObject({ ok: false, why: 'reference to unknown content' });
  });
});
