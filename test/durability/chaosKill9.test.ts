import type { Thread } from '@carehuddle/shared';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced, type PlanClient } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { freePort } from '../support/ports';
import { makeDataDir, removeDataDir, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';

const ROUNDS = 6;

describe('chaos: SIGKILL at random moments under concurrent editing and note posting', () => {
  const dataDir = makeDataDir();
  let proc: ServerProcess | undefined;
  afterAll(async () => {
    await proc?.kill('SIGKILL');
    removeDataDir(dataDir);
  });

  it(`every acknowledged edit and note survives ${ROUNDS} crashes exactly once, and all replicas converge`, async () => {
    const port = await freePort();
    const killAfter = fc.sample(fc.integer({ min: 5, max: 60 }), { numRuns: ROUNDS, seed: 2026 });
    proc = await startServerProcess(dataDir, { PORT: String(port) });
    const users: ApiClient[] = [];
    for (const k of ['coordinator', 'physician', 'nurse']) users.push(await signedIn(proc.url, k));
    const patientId = await patientIdByName(users[0]!, 'Rosa Delgado');
    const editors: PlanClient[] = users.map((u) => connectPlan(proc!.url, u, patientId, 'clinical', { doc: new Y.Doc() }));
    const ackedEdits = new Set<string>();
    const ackedNotes = new Set<string>();

    for (let round = 0; round < ROUNDS; round += 1) {
      await Promise.all(editors.map(whenSynced));
      const poster = connectSocket(proc.url, users[round % 3]!);
      await whenConnected(poster);
      // Each editor appends values; an edit is acknowledged once the stored snapshot covers its clock.
      const pending: Array<{ value: string; editor: PlanClient; clock: number }> = [];
      let stop = false;
      const posting = (async () => {
        for (let i = 0; !stop; i += 1) {
          const answer = await ask(poster, 'note:create', { patientId, body: `round ${round} note ${i}`, mentions: [], idempotencyKey: key() }).catch(() => null);
          if (answer?.thread) ackedNotes.add((answer.thread as Thread).notes[0]!.body!);
          else break;
        }
      })();
      for (let i = 0; ackedEdits.size < killAfter[round]! * (round + 1) && i < 2000; i += 1) {
        const editor = editors[i % 3]!;
        const value = `r${round}-e${i}`;
        editor.doc.getArray<string>('medications').push([value]);
        pending.push({ value, editor, clock: Y.getState(editor.doc.store, editor.doc.clientID) });
        if (i % 5 === 4) await new Promise((r) => setTimeout(r, 1));
        for (const p of pending) if ((p.editor.saved.sv.get(p.editor.doc.clientID) ?? 0) >= p.clock) ackedEdits.add(p.value);
      }
      await proc.kill('SIGKILL');
      stop = true;
      await posting;
      poster.disconnect();
      for (const p of pending) if ((p.editor.saved.sv.get(p.editor.doc.clientID) ?? 0) >= p.clock) ackedEdits.add(p.value);
      proc = await startServerProcess(dataDir, { PORT: String(port) });
    }

    // Every acknowledged edit is stored exactly once.
    const reader = connectPlan(proc.url, users[0]!, patientId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(reader);
    const stored = reader.doc.getArray<string>('medications').toArray();
    for (const value of ackedEdits) expect(stored.filter((v) => v === value), value).toHaveLength(1);
    // The editors reconnect by themselves; all replicas converge.
    await Promise.all(editors.map(whenSynced));
    await Promise.all(editors.map((e) => e.whenSaved()));
    await waitFor(() => editors.every((e) => e.doc.getArray('medications').length === reader.doc.getArray('medications').length), 'replicas to converge', 20_000);
    const canonical = JSON.stringify(editors[0]!.doc.getArray('medications').toArray());
    for (const e of editors) expect(JSON.stringify(e.doc.getArray('medications').toArray())).toBe(canonical);
    // Every acknowledged note is stored exactly once.
    const { threads } = await (await users[0]!.get(`/api/patients/${patientId}/notes/changes?since=0`)).json() as { threads: Thread[] };
    const bodies = threads.flatMap((t) => t.notes.map((n) => n.body));
    for (const body of ackedNotes) expect(bodies.filter((b) => b === body), body).toHaveLength(1);
    expect(ackedEdits.size).toBeGreaterThan(ROUNDS * 5);
    expect(ackedNotes.size).toBeGreaterThan(0);
    for (const e of editors) e.destroy();
    reader.destroy();
  }, 120_000);
});
