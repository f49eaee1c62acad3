import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sectionsTouched } from './updateInspection';

/** A server-side document and a client replica synced with it, as after a connection's handshake. */
function syncedPair(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  const med = new Y.Map<unknown>();
  med.set('title', 'Furosemide');
  med.set('notes', new Y.XmlFragment());
  server.getMap('medications').set('m1', med);
  const need = new Y.Map<unknown>();
  need.set('title', 'Housing');
  server.getMap('needs').set('n1', need);
  server.getMap('needs').set('n2', new Y.Map());
  server.getMap('needs').delete('n2');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update one client-side edit produces. */
function updateOf(doc: Y.Doc, edit: () => void): Uint8Array {
  let captured: Uint8Array | null = null;
  const capture = (u: Uint8Array) => { captured = u; };
  doc.on('update', capture);
  edit();
  doc.off('update', capture);
  if (!captured) throw new Error('the edit produced no update');
  return captured;
}

describe('sectionsTouched: which plan sections an update changes', () => {
  it('a new item and a field of an existing item belong to their root sections', () => {
    const { server, client } = syncedPair();
    const added = updateOf(client, () => client.getMap('medications').set('m2', new Y.Map()));
    expect(sectionsTouched(added, server)).toEqual(new Set(['medications']));
    const field = updateOf(client, () => (client.getMap('needs').get('n1') as Y.Map<unknown>).set('status', 'resolved'));
    expect(sectionsTouched(field, server)).toEqual(new Set(['needs']));
  });

  it('follows neighbours and nested types: rich text typed into a medication note is the medications section', () => {
    const { server, client } = syncedPair();
    const notes = (client.getMap('medications').get('m1') as Y.Map<unknown>).get('notes') as Y.XmlFragment;
    const first = updateOf(client, () => notes.insert(0, [new Y.XmlText('Take ')]));
    expect(sectionsTouched(first, server)).toEqual(new Set(['medications']));
    Y.applyUpdate(server, first);
    // The second insert has a left neighbour and no parent of its own in the encoding.
    const second = updateOf(client, () => (notes.get(0) as Y.XmlText).insert(5, 'in the morning'));
    expect(sectionsTouched(second, server)).toEqual(new Set(['medications']));
  });

  it('counts deletions of visible content by where the content is', () => {
    const { server, client } = syncedPair();
    const removed = updateOf(client, () => client.getMap('needs').delete('n1'));
    expect(sectionsTouched(removed, server)).toEqual(new Set(['needs']));
  });

  it('ignores what the document already has: a full resync from a replica touches nothing', () => {
    const { server, client } = syncedPair();
    expect(sectionsTouched(Y.encodeStateAsUpdate(client), server)).toEqual(new Set());
  });

  it('reports an edit that spans two sections as both', () => {
    const { server, client } = syncedPair();
    const both = updateOf(client, () => client.transact(() => {
      client.getMap('medications').set('m3', new Y.Map());
      client.getMap('needs').set('n3', new Y.Map());
    }));
    expect(sectionsTouched(both, server)).toEqual(new Set(['medications', 'needs']));
  });

  it('refuses to guess: content whose parent neither side knows, and deletions of unknown content, are unattributable', () => {
    const { server } = syncedPair();
    const elsewhere = new Y.Doc();
    elsewhere.getMap('needs').set('x', new Y.Map());
    const orphan = updateOf(elsewhere, () => (elsewhere.getMap('needs').get('x') as Y.Map<unknown>).set('title', 'orphan'));
    expect(sectionsTouched(orphan, server)).toBeNull();
    const ds = new Y.Doc();
    ds.getMap('medications').set('gone', 'x');
    const deleteOnly = Y.encodeStateAsUpdate(ds);
    // Keep only the delete set of an update that deletes content the server never saw.
    const deleter = new Y.Doc();
    Y.applyUpdate(deleter, deleteOnly);
    const deletion = updateOf(deleter, () => deleter.getMap('medications').delete('gone'));
    const withoutStructs = Y.diffUpdate(deletion, Y.encodeStateVectorFromUpdate(Y.mergeUpdates([deleteOnly, deletion])));
    expect(sectionsTouched(withoutStructs, server)).toBeNull();
  });
});
