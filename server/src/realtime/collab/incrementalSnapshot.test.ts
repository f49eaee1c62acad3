import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IncrementalSnapshot } from './incrementalSnapshot';

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

/** The snapshot computed the expensive way, by walking the whole document. */
const fullSnapshot = (doc: Y.Doc) => Y.snapshot(doc);

describe('IncrementalSnapshot: the stored snapshot without walking the document', () => {
  it('equals the full snapshot after local edits, remote updates and garbage-collected content from a replica', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const rnd = prng(seed);
      const server = new Y.Doc({ gc: true });
      // A document loaded with history already in it.
      const earlier = new Y.Doc();
      for (let i = 0; i < 30; i += 1) randomEdit(earlier, rnd);
      Y.applyUpdate(server, Y.encodeStateAsUpdate(earlier));
      const tracker = new IncrementalSnapshot(server);
      const replica = new Y.Doc({ gc: true });
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
      const offline = new Y.Doc({ gc: true });
      Y.applyUpdate(offline, Y.encodeStateAsUpdate(server));
      replica.on('update', (u: Uint8Array) => Y.applyUpdate(server, u));
      for (let step = 0; step < 60; step += 1) {
        randomEdit(rnd() < 0.5 ? server : replica, rnd);
        // An offline replica edits and deletes on its own; its catch-up update carries GC'd structs.
        randomEdit(offline, rnd);
        if (step % 20 === 19) Y.applyUpdate(server, Y.encodeStateAsUpdate(offline, Y.encodeStateVector(server)));
        if (step % 7 === 0) expect(Y.equalSnapshots(Y.decodeSnapshot(tracker.encode()), fullSnapshot(server)), `seed ${seed} step ${step}`).toBe(true);
      }
      expect(Y.equalSnapshots(Y.decodeSnapshot(tracker.encode()), fullSnapshot(server)), `seed ${seed}`).toBe(true);
      tracker.destroy();
    }
  });

  it('counts content that arrives already garbage-collected (an item made and deleted offline)', () => {
    const server = new Y.Doc({ gc: true });
    const tracker = new IncrementalSnapshot(server);
    const offline = new Y.Doc({ gc: true });
    const goal = new Y.Map<string>();
    offline.getMap('goals').set('g1', goal);
    goal.set('title', 'Walk daily');
    goal.set('status', 'open');
    offline.getMap('goals').delete('g1');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(offline));
    expect(Y.equalSnapshots(Y.decodeSnapshot(tracker.encode()), fullSnapshot(server))).toBe(true);
    tracker.destroy();
  });
});
