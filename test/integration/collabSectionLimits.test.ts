import { CLOSE_CODES } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

const item = (doc: Y.Doc, section: string, id: string) => doc.getMap(section).get(id) as Y.Map<unknown>;

describe('plan sections a role may write: a pharmacist writes medications and tasks, nothing else of the clinical plan', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let pharmacist: ApiClient;
  let rosaId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    pharmacist = await signedIn(server.url, 'pharmacist');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  const storedUpdates = async () => (await server.services.store.documents.load(`plan:${rosaId}:clinical`)).updates.length;
  /** What a fresh reader sees once synced. */
  const freshView = async () => {
    const reader = connectPlan(server.url, coordinator, rosaId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(reader);
    return reader;
  };

  it('1. the coordinator records a need; 2. the pharmacist changes a dose and adds a task: both stored; 3. the pharmacist edits the need: refused with 4405, nothing applied or stored', async () => {
    const writer = await freshView();
    const need = new Y.Map<unknown>();
    need.set('title', 'Cannot afford co-pays');
    writer.doc.getMap('needs').set('need-1', need);
    await writer.whenSaved();
    writer.destroy();

    const plan = connectPlan(server.url, pharmacist, rosaId, 'clinical');
    await whenSynced(plan);
    expect(plan.access).toBe('write');
    item(plan.doc, 'medications', 'demo-med-furosemide').set('dose', '20 mg');
    const task = new Y.Map<unknown>();
    task.set('title', 'Update the pharmacy profile');
    plan.doc.getMap('interventions').set('task-1', task);
    await plan.whenSaved();
    expect(plan.closed).toBeNull();
    const before = await storedUpdates();

    item(plan.doc, 'needs', 'need-1').set('status', 'resolved');
    expect(await whenClosed(plan)).toEqual({ code: CLOSE_CODES.readOnly, reason: 'Read-only: your role cannot edit this document.' });
    plan.destroy();

    const check = await freshView();
    expect(item(check.doc, 'medications', 'demo-med-furosemide').get('dose')).toBe('20 mg');
    expect(item(check.doc, 'interventions', 'task-1').get('title')).toBe('Update the pharmacy profile');
    expect(item(check.doc, 'needs', 'need-1').get('status')).toBeUndefined();
    expect(await storedUpdates()).toBe(before);
    check.destroy();
  });

  it('refuses a pharmacist removing a need, and one transaction that touches medications and needs at once', async () => {
    for (const edit of [
      (doc: Y.Doc) => doc.getMap('needs').delete('need-1'),
      (doc: Y.Doc) => doc.transact(() => {
        item(doc, 'medications', 'demo-med-metformin').set('dose', '1000 mg');
        item(doc, 'needs', 'need-1').set('title', 'sneaked in');
      }),
    ]) {
      const plan = connectPlan(server.url, pharmacist, rosaId, 'clinical');
      await whenSynced(plan);
      edit(plan.doc);
      expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.readOnly);
      plan.destroy();
    }
    const check = await freshView();
    expect(item(check.doc, 'needs', 'need-1').get('title')).toBe('Cannot afford co-pays');
    expect(item(check.doc, 'medications', 'demo-med-metformin').get('dose')).toBe('500 mg');
    check.destroy();
  });

  it('a reconnecting pharmacist whose copy repeats the whole document (sync step 2) is not refused', async () => {
    const copy = new Y.Doc();
    const first = connectPlan(server.url, pharmacist, rosaId, 'clinical', { doc: copy });
    await whenSynced(first);
    first.destroy();
    const again = connectPlan(server.url, pharmacist, rosaId, 'clinical', { doc: copy });
    await whenSynced(again);
    item(copy, 'medications', 'demo-med-lisinopril').set('frequency', 'every morning');
    await again.whenSaved();
    expect(again.closed).toBeNull();
    again.destroy();
  });
});
