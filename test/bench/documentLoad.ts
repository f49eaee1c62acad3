import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { loadDocument, PersistQueue } from '../../server/src/realtime/collab/roomPersistence';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';

/** Result of one benchmark. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note: string;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Writes `count` small updates (one character typed at a time, as a person
 * types) through the real persistence queue, then times opening the document.
 */
export async function documentLoadBenchmark(count: number, compact = true): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'carehuddle-bench-'));
  const store = openSqliteStore(dir);
  const name = 'plan:bench:shared';
  const writer = new Y.Doc();
  const text = writer.getText('summary');
  const queue = new PersistQueue(store.documents, name, () => undefined, () => undefined, 0);
  const baseline: Uint8Array[] = [];
  writer.on('update', (update: Uint8Array) => {
    if (compact) queue.add({ update, userId: 'bench', at: new Date().toISOString() }, ['summary']);
    else baseline.push(update);
  });
  const writeStart = process.hrtime.bigint();
  let seed = 42;
  for (let i = 0; i < count; i += 1) {
    // Typing at scattered positions, so that updates do not merge into a few long runs.
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text.insert(seed % (text.length + 1), String.fromCharCode(97 + (i % 26)));
    if (compact && i % 997 === 996) await queue.flush();
  }
  await queue.flush();
  for (let i = 0; i < baseline.length; i += 5000) {
    await store.documents.append(name, baseline.slice(i, i + 5000).map((update) => ({ update, userId: 'bench', at: '2026-01-01T00:00:00.000Z' })));
  }
  const writeMs = ms(writeStart);

  const runs: number[] = [];
  for (let r = 0; r < 5; r += 1) {
    const doc = new Y.Doc();
    const start = process.hrtime.bigint();
    await loadDocument(store.documents, name, doc);
    runs.push(ms(start));
    if (doc.getText('summary').length !== count) throw new Error('benchmark document did not load completely');
    doc.destroy();
  }
  const tail = await store.documents.tailLength(name);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  runs.sort((a, b) => a - b);
  if (!compact) {
    return [{ name: `open a plan replaying ${count.toLocaleString('en-US')} uncompacted updates (median of 5)`, value: runs[2]!, unit: 'ms', note: 'baseline without compaction: what the snapshot saves' }];
  }
  return [
    { name: `open a plan whose history holds ${count.toLocaleString('en-US')} keystroke updates (median of 5)`, value: runs[2]!, unit: 'ms', note: `snapshot + ${tail} tail updates after compaction` },
    { name: `store ${count.toLocaleString('en-US')} single-keystroke updates`, value: (count / writeMs) * 1000, unit: 'updates/s', note: 'embedded store, synchronous=FULL, batched per tick' },
  ];
}
