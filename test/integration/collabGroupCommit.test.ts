import { isSnapshotCovered } from '@carehuddle/shared';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentRepository, Store } from '../../server/src/storage/port';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

/** A real store whose document commits wait until the test opens the gate (a slow disk, made deterministic). */
function gatedStore(inner: Store): Store & { hold(): void; release(): void; waiting: number } {
  let gate: Promise<void> | null = null;
  let open = () => undefined as void;
  const documents: DocumentRepository = {
    ...inner.documents,
    async append(name, updates, attribution) {
      if (gate) {
        wrapper.waiting += 1;
        await gate;
      }
      return inner.documents.append(name, updates, attribution);
    },
  };
  const wrapper = {
    ...inner, documents, waiting: 0,
    hold() { gate = new Promise<void>((resolve) => { open = resolve; }); },
    release() { gate = null; open(); },
  };
  return wrapper;
}

describe('group commit: peers receive an edit and its author the acknowledgement only once it is stored', () => {
  let store: ReturnType<typeof gatedStore>;
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let patientId: string;
  beforeAll(async () => {
    store = gatedStore(openSqliteStore(mkdtempSync(join(tmpdir(), 'carehuddle-gated-'))));
    server = await startTestServer({ store });
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    patientId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(() => server.close());

  it('1. two users open the plan; 2. the disk stalls; 3. the edit is neither relayed nor "saved"; 4. the commit lands: relayed and saved', async () => {
    const writer = connectPlan(server.url, coordinator, patientId, 'clinical');
    const reader = connectPlan(server.url, physician, patientId, 'clinical');
    await Promise.all([whenSynced(writer), whenSynced(reader)]);

    store.hold();
    writer.doc.getMap('medications').set('furosemide', 'Furosemide 20 mg daily');
    await waitFor(() => store.waiting > 0, 'the commit to be waiting for the disk');
    // Presence is relayed at once, on the same socket, after the edit was accepted: once the physician
    // sees it, anything the server had sent before it has arrived too.
    writer.provider.awareness.setLocalStateField('section', 'medications');
    const writerSection = () => [...reader.provider.awareness.getStates().values()].some((s) => (s as { section?: string }).section === 'medications');
    await waitFor(writerSection, 'the writer\'s presence to reach the physician');
    expect(reader.doc.getMap('medications').get('furosemide')).toBeUndefined();
    expect(isSnapshotCovered(Y.snapshot(writer.doc), writer.saved)).toBe(false);

    store.release();
    await writer.whenSaved();
    await waitFor(() => reader.doc.getMap('medications').get('furosemide') === 'Furosemide 20 mg daily', 'the stored edit to reach the physician');
    const stored = await store.documents.load(`plan:${patientId}:clinical`);
    expect(stored.updates.length).toBeGreaterThanOrEqual(1);
    writer.destroy();
    reader.destroy();
  });
});
