import { CLOSE_CODES, isSnapshotCovered } from '@carehuddle/shared';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { failingStore, type FailingStore } from '../support/failingStore';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

describe('a failing store', () => {
  let store: FailingStore;
  let inner: ReturnType<typeof openSqliteStore>;
  let server: TestServer;
  let coordinator: ApiClient;
  let patientId: string;
  beforeAll(async () => {
    inner = openSqliteStore(mkdtempSync(join(tmpdir(), 'carehuddle-outage-')));
    store = failingStore(inner);
    server = await startTestServer({ store, tuning: { collab: { unloadGraceMs: 0 } } });
    coordinator = await signedIn(server.url, 'coordinator');
    patientId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(() => server.close());

  it('1. edits are saved; 2. the store goes down: new edits stay "not saved"; 3. it recovers: everything is saved, nothing lost', async () => {
    const plan = connectPlan(server.url, coordinator, patientId, 'clinical');
    await whenSynced(plan);
    plan.doc.getMap('medications').set('metformin', 'Metformin 500 mg twice daily');
    await plan.whenSaved();
    // The demo plan may already hold updates of its own.
    const storedBefore = (await inner.documents.load(`plan:${patientId}:clinical`)).updates.length;

    store.down = true;
    plan.doc.getMap('medications').set('lisinopril', 'Lisinopril 10 mg daily');
    // The edit reaches the server and other users, but is not acknowledged while the store fails.
    await waitFor(() => store.refused > 0, 'the server to try to store the edit');
    expect(isSnapshotCovered(Y.snapshot(plan.doc), plan.saved)).toBe(false);
    const stored = await inner.documents.load(`plan:${patientId}:clinical`);
    expect(stored.updates).toHaveLength(storedBefore);

    store.down = false;
    await plan.whenSaved();
    plan.destroy();

    const check = connectPlan(server.url, coordinator, patientId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(check);
    expect(check.doc.getMap('medications').toJSON()).toMatchObject({ metformin: 'Metformin 500 mg twice daily', lisinopril: 'Lisinopril 10 mg daily' });
    check.destroy();
  });

  it('never serves (or later saves) an empty document when the store cannot be read', async () => {
    store.down = true;
    const amaraId = await patientIdByName(coordinator, 'Amara Okafor');
    const plan = connectPlan(server.url, coordinator, amaraId, 'clinical');
    expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.storageFailed);
    plan.destroy();
    store.down = false;
    const later = connectPlan(server.url, coordinator, patientId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(later);
    expect(Object.keys(later.doc.getMap('medications').toJSON())).toEqual(['metformin', 'lisinopril']);
    later.destroy();
  });
});
