import { planDocumentName } from '@carehuddle/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { matched, planItems, searchAs } from '../support/search';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import type { Store } from '../../server/src/storage/port';

const AUDIT_KEY = Buffer.from('search-indexing-test-audit-key-0123456789');

describe('search: plan text is indexed as plans are stored, compacted and restarted', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carehuddle-search-'));
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  /** A server on the same embedded store each time (a restart), indexing right after each commit. */
  const start = async (prepare?: (store: Store) => Promise<void>) => {
    const store = openSqliteStore(dataDir, { auditKey: AUDIT_KEY });
    await prepare?.(store);
    // The test types faster than anyone does, to pass a compaction: the collaboration message budget is raised.
    server = await startTestServer({ store, tuning: { search: { indexDelayMs: 0 }, collab: { messagesBurst: 5_000, messagesPerSecond: 5_000 } }, searchPerMinute: 100_000 });
    return server;
  };
  const findsItem = async (client: ApiClient, q: string, itemId: string) => planItems(await searchAs(client, q)).includes(itemId);

  it('1. the coordinator adds a need; 2. it is found once stored; 3. renamed, only the new words are; 4. after compaction still; 5. after restarts that lost the index or left it stale, still', async () => {
    const first = await start();
    const coordinator = await signedIn(first.url, 'coordinator');
    const caregiver = await signedIn(first.url, 'caregiver');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const docName = planDocumentName(rosaId, 'clinical');
    const plan = connectPlan(first.url, coordinator, rosaId, 'clinical');
    await whenSynced(plan);
    const item = new Y.Map<unknown>();
    plan.doc.transact(() => {
      item.set('title', 'Hoyer lift assessment at home');
      item.set('createdAt', new Date().toISOString());
      plan.doc.getMap('needs').set('search-need-1', item);
    });
    await plan.whenSaved();
    await waitFor(() => findsItem(coordinator, 'hoyer lift', 'search-need-1'), 'the new need to be found');
    expect(await findsItem(caregiver, 'hoyer', 'search-need-1')).toBe(false);

    item.set('title', 'Bariatric commode ordered');
    await plan.whenSaved();
    await waitFor(() => findsItem(coordinator, 'bariatric commode', 'search-need-1'), 'the renamed need to be found');
    expect(await findsItem(coordinator, 'hoyer', 'search-need-1')).toBe(false);

    // Enough single edits for the server to compact the document into a snapshot.
    for (let burst = 0; burst < 3; burst += 1) {
      for (let i = 0; i < 180; i += 1) plan.doc.getArray('search-log').push([i]);
      await plan.whenSaved();
    }
    await waitFor(async () => (await first.services.store.documents.tailLength(docName)) < 100, 'the document to be compacted');
    expect(await findsItem(coordinator, 'bariatric', 'search-need-1')).toBe(true);
    plan.destroy();
    await first.close();

    // A process stopped inside the indexing window: the plan's passages lag and it is marked stale.
    const second = await start(async (store) => {
      await store.search.replaceGroup(docName, []);
      await store.search.markStale(docName);
    });
    expect(await findsItem(await signedIn(second.url, 'coordinator'), 'bariatric', 'search-need-1')).toBe(true);
    expect(await second.services.store.search.staleGroups(10)).toEqual([]);
    await second.close();

    // An index from another version (or none): rebuilt from the stored snapshot before the server listens.
    const third = await start((store) => store.search.startRebuild());
    const results = await searchAs(await signedIn(third.url, 'coordinator'), 'bariatric');
    expect(planItems(results)).toEqual(['search-need-1']);
    expect(matched(results.content[0]!.title)).toEqual(['Bariatric']);
  }, 120_000);
});
