import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced, type PlanClient } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

/** One random edit by one of three clients. */
type Op =
  | { who: number; kind: 'setField'; item: number; field: string; value: string }
  | { who: number; kind: 'deleteItem'; item: number }
  | { who: number; kind: 'insertText'; pos: number; text: string }
  | { who: number; kind: 'deleteText'; pos: number; len: number }
  | { who: number; kind: 'pause' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ who: fc.nat(2), kind: fc.constant('setField' as const), item: fc.nat(5), field: fc.constantFrom('title', 'status', 'owner'), value: fc.string({ maxLength: 8 }) }),
  fc.record({ who: fc.nat(2), kind: fc.constant('deleteItem' as const), item: fc.nat(5) }),
  fc.record({ who: fc.nat(2), kind: fc.constant('insertText' as const), pos: fc.nat(40), text: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ who: fc.nat(2), kind: fc.constant('deleteText' as const), pos: fc.nat(40), len: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ who: fc.nat(2), kind: fc.constant('pause' as const) }),
);

function apply(doc: Y.Doc, op: Op): void {
  const goals = doc.getMap<Y.Map<string>>('goals');
  const summary = doc.getText('summary');
  switch (op.kind) {
    case 'setField': {
      const key = `goal-${op.item}`;
      let item = goals.get(key);
      if (!item) {
        item = new Y.Map<string>();
        goals.set(key, item);
      }
      item.set(op.field, op.value);
      return;
    }
    case 'deleteItem':
      goals.delete(`goal-${op.item}`);
      return;
    case 'insertText':
      summary.insert(Math.min(op.pos, summary.length), op.text);
      return;
    case 'deleteText': {
      const pos = Math.min(op.pos, summary.length);
      summary.delete(pos, Math.min(op.len, summary.length - pos));
      return;
    }
    case 'pause':
      return;
  }
}

/** JSON with sorted keys: replicas may hold map entries in a different insertion order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** What a user would see: the goals and the summary text (root types must be named to be read). */
function snapshotOf(doc: Y.Doc): string {
  return JSON.stringify(canonical({ goals: doc.getMap('goals').toJSON(), summary: doc.getText('summary').toJSON() }));
}

describe('convergence under concurrency', () => {
  let server: TestServer;
  let patientId: string;
  const sessions: Awaited<ReturnType<typeof signedIn>>[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    for (const key of ['coordinator', 'physician', 'socialworker']) sessions.push(await signedIn(server.url, key));
    patientId = await patientIdByName(sessions[0]!, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('three real y-websocket clients editing at random end equal to each other and to the stored state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 60 }), async (ops) => {
        const clients: PlanClient[] = sessions.map((s) => connectPlan(server.url, s, patientId, 'shared', { doc: new Y.Doc() }));
        try {
          await Promise.all(clients.map(whenSynced));
          for (const op of ops) {
            if (op.kind === 'pause') await new Promise((resolve) => setImmediate(resolve));
            else apply(clients[op.who]!.doc, op);
          }
          await Promise.all(clients.map((c) => c.whenSaved()));
          const expected = snapshotOf(clients[0]!.doc);
          await waitFor(() => clients.every((c) => snapshotOf(c.doc) === expected), 'replicas to converge');
          const stored = new Y.Doc();
          const { snapshot, updates } = await server.services.store.documents.load(`plan:${patientId}:shared`);
          if (snapshot) Y.applyUpdate(stored, snapshot);
          for (const u of updates) Y.applyUpdate(stored, u.update);
          expect(snapshotOf(stored)).toBe(expected);
        } finally {
          for (const c of clients) c.destroy();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('merges edits made offline when the client reconnects', async () => {
    const [a, b] = [connectPlan(server.url, sessions[0]!, patientId, 'shared'), connectPlan(server.url, sessions[1]!, patientId, 'shared')];
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.provider.disconnect();
    a.doc.getMap('preferences').set('codeStatus', 'Full code (offline edit)');
    b.doc.getMap('preferences').set('healthCareProxy', 'Elena Delgado (online edit)');
    await b.whenSaved();
    a.provider.connect();
    await waitFor(() => b.doc.getMap('preferences').get('codeStatus') === 'Full code (offline edit)', 'offline edit to reach the other client');
    await waitFor(() => a.doc.getMap('preferences').get('healthCareProxy') === 'Elena Delgado (online edit)', 'online edit to reach the returning client');
    await a.whenSaved();
    a.destroy();
    b.destroy();
  });
});
