import { CLOSE_CODES } from '@carehuddle/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { connectPlan, whenSynced, type PlanClient } from '../support/collab';
import { deletionUpdate, placeholderUpdate, straddlingUpdate } from '../support/craftedUpdates';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { rawPlanSocket } from '../support/rawCollab';
import { startTestServer, type TestServer } from '../support/server';

const BAD_MESSAGE = { code: CLOSE_CODES.badMessage, reason: 'Malformed message; nothing of it was applied.' };
const need = (doc: Y.Doc, id: string) => doc.getMap('needs').get(id) as Y.Map<unknown>;

/** Content of `client` at its current clock, as if that client had written it: a new key in the needs section. */
function contentUnder(client: number, serverState: Uint8Array): Uint8Array {
  const forged = new Y.Doc();
  Y.applyUpdate(forged, serverState);
  // Set afterwards: Yjs picks a new id when content of its own id arrives from elsewhere.
  forged.clientID = client;
  const before = Y.encodeStateVector(forged);
  forged.getMap('needs').set('forged', 'written under someone else\'s id');
  return Y.encodeStateAsUpdate(forged, before);
}

describe('Yjs client ids belong to users: no one writes, skips, GCs or deletes ahead under someone else\'s id', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let pharmacist: ApiClient;
  let rosaId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    pharmacist = await signedIn(server.url, 'pharmacist');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  const storedUpdates = async () => (await server.services.store.documents.load(`plan:${rosaId}:clinical`)).updates.length;
  const freshView = async (): Promise<PlanClient> => {
    const reader = connectPlan(server.url, coordinator, rosaId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(reader);
    return reader;
  };

  it('refuses a pharmacist\'s struct that straddles the document state while declaring the medications section', async () => {
    // 1. The coordinator records a need.
    const writer = await freshView();
    const entry = new Y.Map<unknown>();
    entry.set('title', 'Cannot afford co-pays');
    writer.doc.getMap('needs').set('straddled', entry);
    await writer.whenSaved();
    const coordinatorClient = writer.doc.clientID;
    const coordinatorState = Y.getState(writer.doc.store, coordinatorClient);
    writer.destroy();
    // 2. The pharmacist writes a medication of their own, so they have a client id with content too.
    const plan = connectPlan(server.url, pharmacist, rosaId, 'clinical');
    await whenSynced(plan);
    (plan.doc.getMap('medications').get('demo-med-furosemide') as Y.Map<unknown>).set('dose', '40 mg');
    await plan.whenSaved();
    const own = plan.doc.clientID;
    const ownState = Y.getState(plan.doc.store, own);
    plan.destroy();
    const before = await storedUpdates();
    // 3. Crafted structs that overlap the end of the need's content, and of the pharmacist's own: both refused.
    for (const [client, state] of [[coordinatorClient, coordinatorState], [own, ownState]] as const) {
      const raw = await rawPlanSocket(server.url, pharmacist, rosaId, 'clinical');
      raw.sendUpdate(straddlingUpdate(client, state - 1, 'medications'));
      expect(await raw.closed).toEqual(BAD_MESSAGE);
    }
    // 4. The need is untouched and nothing was stored.
    const check = await freshView();
    expect(need(check.doc, 'straddled').toJSON()).toEqual({ title: 'Cannot afford co-pays' });
    expect(await storedUpdates()).toBe(before);
    check.destroy();
  });

  const attacks: Array<{ name: string; attacker: () => ApiClient; update: (victim: number, state: number, serverState: Uint8Array) => Uint8Array }> = [
    { name: 'a GC range over the victim\'s next clocks (pharmacist)', attacker: () => pharmacist, update: (v, s) => placeholderUpdate('gc', v, s, 100_000) },
    { name: 'a deletion of the victim\'s future content (coordinator)', attacker: () => coordinator, update: (v, s) => deletionUpdate(v, s, 1_000) },
    { name: 'content written under the victim\'s id (coordinator)', attacker: () => coordinator, update: (v, _s, state) => contentUnder(v, state) },
  ];
  for (const attack of attacks) {
    it(`the victim's offline edits survive ${attack.name}`, async () => {
      // 1. The physician records a need and it is saved.
      const victim = connectPlan(server.url, physician, rosaId, 'clinical');
      await whenSynced(victim);
      const id = `offline-${attacks.indexOf(attack)}`;
      const entry = new Y.Map<unknown>();
      entry.set('title', 'Falls at home');
      victim.doc.getMap('needs').set(id, entry);
      await victim.whenSaved();
      // 2. The physician goes offline and keeps editing.
      victim.provider.disconnect();
      need(victim.doc, id).set('status', 'in progress');
      victim.doc.getMap('needs').set(`${id}-more`, 'Needs a grab bar');
      // 3. Another writer sends the crafted update for the physician's client id: refused.
      const raw = await rawPlanSocket(server.url, attack.attacker(), rosaId, 'clinical');
      const reader = await freshView();
      const victimClient = victim.doc.clientID;
      raw.sendUpdate(attack.update(victimClient, Y.getState(reader.doc.store, victimClient), Y.encodeStateAsUpdate(reader.doc)));
      await raw.roundTrip();
      reader.destroy();
      // 4. The physician comes back online: "Saved" means stored, and everyone sees the offline edits.
      victim.provider.connect();
      await whenSynced(victim);
      await victim.whenSaved();
      const check = await freshView();
      expect(need(check.doc, id).get('status')).toBe('in progress');
      expect(check.doc.getMap('needs').get(`${id}-more`)).toBe('Needs a grab bar');
      expect(check.doc.getMap('needs').get('forged')).toBeUndefined();
      expect(await raw.closed).toEqual(BAD_MESSAGE);
      check.destroy();
      victim.destroy();
    });
  }
});

describe('client id ownership survives a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carehuddle-owners-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('1. the physician writes; 2. the server restarts; 3. a GC under the physician\'s id is refused; 4. the physician\'s offline edit is saved', async () => {
    let server = await startTestServer({ store: openSqliteStore(dataDir) });
    let coordinator = await signedIn(server.url, 'coordinator');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const doc = new Y.Doc();
    let victim = connectPlan(server.url, await signedIn(server.url, 'physician'), rosaId, 'clinical', { doc });
    await whenSynced(victim);
    doc.getMap('needs').set('before-restart', 'Transport to dialysis');
    await victim.whenSaved();
    const savedState = Y.getState(doc.store, doc.clientID);
    victim.destroy();
    await server.close();

    server = await startTestServer({ store: openSqliteStore(dataDir) });
    try {
      coordinator = await signedIn(server.url, 'coordinator');
      doc.getMap('needs').set('after-restart', 'Dialysis ride booked');
      const raw = await rawPlanSocket(server.url, coordinator, rosaId, 'clinical');
      raw.sendUpdate(placeholderUpdate('gc', doc.clientID, savedState, 100_000));
      expect(await raw.closed).toEqual(BAD_MESSAGE);

      victim = connectPlan(server.url, await signedIn(server.url, 'physician'), rosaId, 'clinical', { doc });
      await whenSynced(victim);
      await victim.whenSaved();
      expect(victim.closed).toBeNull();
      victim.destroy();
      const check = connectPlan(server.url, coordinator, rosaId, 'clinical', { doc: new Y.Doc() });
      await whenSynced(check);
      expect(check.doc.getMap('needs').get('after-restart')).toBe('Dialysis ride booked');
      check.destroy();
    } finally {
      await server.close();
    }
  });
});
