import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

/**
 * Opening a plan that is not in memory answers the first clients from the
 * stored bytes while the room integrates them (`earlySync.ts`); whatever the
 * order, everyone must end with the same document and nothing typed is lost.
 */
describe('opening a plan that is not in memory', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Typing faster than anyone does, to pass a compaction quickly: the message budget is raised.
    server = await startTestServer({ tuning: { collab: { unloadGraceMs: 50, messagesBurst: 5_000, messagesPerSecond: 5_000 } } });
  });
  afterAll(() => server.close());

  const inMemory = () => server.features.flatMap((f) => f.inMemory?.() ?? []);

  it('brings a new client and a client with an offline copy and unsent edits to the same document, compacted history included', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const patientId = await patientIdByName(coordinator, 'Walter Kim');
    const name = `plan:${patientId}:shared`;
    const author = connectPlan(server.url, coordinator, patientId, 'shared');
    await whenSynced(author);
    const summary = author.doc.getText('summary');
    // More keystrokes than a compaction takes, so that the stored state is a snapshot and a tail.
    for (let i = 0; i < 700; i += 1) summary.insert((i * 13) % (summary.length + 1), String.fromCharCode(97 + (i % 26)));
    await author.whenSaved();
    // An offline copy taken now, then more typing it never sees.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(author.doc));
    summary.insert(0, 'Stored later. ');
    await author.whenSaved();
    const expected = summary.toJSON();
    author.destroy();
    await waitFor(() => !inMemory().includes(name), 'the plan to be unloaded');

    const offlineText = offline.getText('summary');
    offlineText.insert(offlineText.length, ' Typed offline.');
    const returning = connectPlan(server.url, coordinator, patientId, 'shared', { doc: offline });
    const fresh = connectPlan(server.url, coordinator, patientId, 'shared');
    await Promise.all([whenSynced(returning), whenSynced(fresh)]);
    await returning.whenSaved();
    await waitFor(() => fresh.doc.getText('summary').toJSON() === offline.getText('summary').toJSON(), 'the new client to receive the offline edit');
    expect(offline.getText('summary').toJSON()).toBe(`${expected} Typed offline.`);
    returning.destroy();
    fresh.destroy();

    await waitFor(() => !inMemory().includes(name), 'the plan to be unloaded again');
    const later = connectPlan(server.url, coordinator, patientId, 'shared');
    await whenSynced(later);
    expect(later.doc.getText('summary').toJSON()).toBe(`${expected} Typed offline.`);
    later.destroy();
  });
});
