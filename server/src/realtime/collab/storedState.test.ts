import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StoredState } from './storedState';

/** A small deterministic PRNG, so a failure replays. */
function prng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function randomEdit(doc: Y.Doc, rnd: () => number): void {
  const text = doc.getText('summary');
  const goals = doc.getMap<Y.Map<string>>('goals');
  const r = rnd();
  if (r < 0.4) text.insert(Math.floor(rnd() * (text.length + 1)), 'abc'.slice(0, 1 + Math.floor(rnd() * 3)));
  else if (r < 0.7 && text.length > 0) {
    const pos = Math.floor(rnd() * text.length);
    text.delete(pos, Math.min(1 + Math.floor(rnd() * 3), text.length - pos));
  } else if (r < 0.9) {
    // Nested items: deleting one garbage-collects its fields into GC structs.
    const key = `g${Math.floor(rnd() * 4)}`;
    const item = goals.get(key) ?? new Y.Map<string>();
    if (!goals.has(key)) goals.set(key, item);
    item.set(rnd() < 0.5 ? 'title' : 'status', String(rnd()));
  } else goals.delete(`g${Math.floor(rnd() * 4)}`);
}

describe('StoredState: the saved snapshot from committed updates only', () => {
  it('equals the full snapshot of a document holding exactly the committed updates (local, remote and garbage-collected content)', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const rnd = prng(seed);
      const server = new Y.Doc({ gc: true });
      const earlier = new Y.Doc();
      for (let i = 0; i < 30; i += 1) randomEdit(earlier, rnd);
      Y.applyUpdate(server, Y.encodeStateAsUpdate(earlier));
      const stored = StoredState.ofLoaded(server);
      const committed: Uint8Array[] = [];
      server.on('update', (u: Uint8Array) => committed.push(u));
      const replica = new Y.Doc({ gc: true });
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
      const offline = new Y.Doc({ gc: true });
      Y.applyUpdate(offline, Y.encodeStateAsUpdate(server));
      replica.on('update', (u: Uint8Array) => Y.applyUpdate(server, u));
      for (let step = 0; step < 60; step += 1) {
        randomEdit(rnd() < 0.5 ? server : replica, rnd);
        randomEdit(offline, rnd);
        if (step % 20 === 19) Y.applyUpdate(server, Y.encodeStateAsUpdate(offline, Y.encodeStateVector(server)));
        if (step % 7 === 0) {
          stored.add(StoredState.describe(committed.splice(0)));
          expect(Y.equalSnapshots(Y.decodeSnapshot(stored.encode()), Y.snapshot(server)), `seed ${seed} step ${step}`).toBe(true);
        }
      }
      stored.add(StoredState.describe(committed.splice(0)));
      expect(Y.equalSnapshots(Y.decodeSnapshot(stored.encode()), Y.snapshot(server)), `seed ${seed}`).toBe(true);
    }
  });

  it('counts content that arrives already garbage-collected (an item made and deleted offline)', () => {
    const server = new Y.Doc({ gc: true });
    const stored = StoredState.ofLoaded(server);
    const offline = new Y.Doc({ gc: true });
    const goal = new Y.Map<string>();
    offline.getMap('goals').set('g1', goal);
    goal.set('title', 'Walk daily');
    goal.set('status', 'open');
    offline.getMap('goals').delete('g1');
    const update = Y.encodeStateAsUpdate(offline);
    Y.applyUpdate(server, update);
    stored.add(StoredState.describe([update]));
    expect(Y.equalSnapshots(Y.decodeSnapshot(stored.encode()), Y.snapshot(server))).toBe(true);
  });

  it('does not claim an update that is in memory but not stored (relayed by another node that has not committed it)', () => {
    const server = new Y.Doc();
    const stored = StoredState.ofLoaded(server);
    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on('update', (u: Uint8Array) => updates.push(u));
    author.getText('summary').insert(0, 'first');
    author.getText('summary').insert(5, ' second');
    for (const u of updates) Y.applyUpdate(server, u);
    // Only the second update is committed so far: the first is a gap, so nothing of this author counts as saved.
    stored.add(StoredState.describe([updates[1]!]));
    expect(Y.decodeSnapshot(stored.encode()).sv.get(author.clientID) ?? 0).toBe(0);
    stored.add(StoredState.describe([updates[0]!]));
    expect(Y.decodeSnapshot(stored.encode()).sv.get(author.clientID)).toBe(Y.getState(author.store, author.clientID));
  });
});
