import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentRepository, StoredDocument, Store } from '../../storage/port';
import { openSqliteStore } from '../../storage/sqlite/openSqliteStore';
import type { RoomHooks } from './collabRoom';
import { RoomRegistry } from './roomRegistry';

const hooks: RoomHooks = { onEdit: () => undefined, onStoreFailure: () => undefined };

/** The embedded store's documents, with `load` held until the test releases it. */
function heldLoads(documents: DocumentRepository): { repo: DocumentRepository; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const repo = Object.create(documents) as DocumentRepository;
  repo.load = async (name: string) => {
    await gate;
    return documents.load(name);
  };
  return { repo, release };
}

describe('loading a room', () => {
  let store: Store;
  let dir: string;
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function storeWithGoal(): Promise<Uint8Array> {
    dir = mkdtempSync(join(tmpdir(), 'carehuddle-rooms-'));
    store = openSqliteStore(dir);
    const doc = new Y.Doc();
    doc.getMap('goals').set('g', 'Walk daily');
    const update = Y.encodeStateAsUpdate(doc);
    await store.documents.append('plan:p1:shared', [{ update, userId: 'u1', at: new Date().toISOString() }]);
    return update;
  }

  it('shows the stored bytes to the openers waiting for them, once, before the room has them', async () => {
    const stored = await storeWithGoal();
    const { repo, release } = heldLoads(store.documents);
    const rooms = new RoomRegistry(repo, hooks, 60_000);
    const seen: Array<{ who: string; stored: StoredDocument }> = [];
    const opening = rooms.open('plan:p1:shared', (s) => seen.push({ who: 'first', stored: s }));
    const second = rooms.open('plan:p1:shared', (s) => seen.push({ who: 'second', stored: s }));
    release();
    const first = await opening;
    expect(await second).toBe(first);
    expect(seen.map((s) => s.who)).toEqual(['first', 'second']);
    expect(seen[0]!.stored.updates.map((u) => u.update)).toEqual([stored]);

    const late: StoredDocument[] = [];
    expect(await rooms.open('plan:p1:shared', (s) => late.push(s))).toBe(first);
    expect(late).toEqual([]);
    await rooms.closeAll();
  });

  it('applies what other nodes committed while the room was loading, in order, once it is loaded', async () => {
    await storeWithGoal();
    const { repo, release } = heldLoads(store.documents);
    const rooms = new RoomRegistry(repo, hooks, 60_000);
    const remote = new Y.Doc();
    const text = remote.getText('summary');
    const updates: Uint8Array[] = [];
    remote.on('update', (u: Uint8Array) => updates.push(u));
    text.insert(0, 'Hello');
    text.insert(5, ', Rosa');

    const opening = rooms.open('plan:p1:shared');
    for (const update of updates) rooms.whenLoaded('plan:p1:shared', (room) => room.applyRemote(update, 'u2'));
    rooms.whenLoaded('plan:never-opened:shared', () => { throw new Error('not open on this node'); });
    release();
    const room = await opening;
    expect(room.doc.getText('summary').toJSON()).toBe('Hello, Rosa');
    expect(room.doc.getMap('goals').get('g')).toBe('Walk daily');
    await rooms.closeAll();
  });
});
