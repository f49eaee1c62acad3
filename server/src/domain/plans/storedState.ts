import * as Y from 'yjs';
import type { DocumentRepository } from '../../storage/port';

/** The stored snapshot plus the stored updates up to `uptoSeq`, merged through a Y.Doc (never one huge mergeUpdates). */
export async function storedStateUpTo(repo: DocumentRepository, name: string, uptoSeq: number): Promise<Uint8Array> {
  const stored = await repo.load(name);
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const { seq, update } of stored.updates) if (seq <= uptoSeq) Y.applyUpdate(doc, update);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
