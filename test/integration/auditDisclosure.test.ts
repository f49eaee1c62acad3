import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { startTestServer, type TestServer } from '../support/server';

interface Row { type: string; category: string | null; reason: string | null; userId: string | null }

describe('the audit trail does not disclose restricted care to reviewers outside its consent', () => {
  let server: TestServer;
  let rosaId: string;
  let coordinator: ApiClient;
  const trail = async (client: ApiClient): Promise<Row[]> => {
    const res = await client.get(`/api/patients/${rosaId}/audit?limit=500`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { records: Row[] }).records;
  };
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('1. Rosa\'s coordinator, named in her substance-use consent, opens that document and retracts a note about a dose; 2. Rosa withdraws that consent; 3. the coordinator\'s review shows none of it; 4. an admin\'s does; 5. the dose is in no audit record', async () => {
    // 1. The coordinator works in the substance-use document and its threads.
    const plan = connectPlan(server.url, coordinator, rosaId, 'substanceUse');
    await whenSynced(plan);
    plan.destroy();
    const socket = connectSocket(server.url, coordinator);
    await whenConnected(socket);
    const created = await ask(socket, 'note:create', {
      patientId: rosaId, anchor: { kind: 'planItem', audience: 'substanceUse', section: 'entries', itemId: 'item-1' },
      body: 'Dose review', mentions: [], idempotencyKey: key(),
    });
    const noteId = (created.thread as { notes: Array<{ id: string }> }).notes[0]!.id;
    const retracted = await ask(socket, 'note:retract', { patientId: rosaId, noteId, reason: 'Methadone 80 mg daily belongs in another chart' });
    expect(retracted.error).toBeUndefined();
    socket.disconnect();
    const before = await trail(coordinator);
    expect(before.some((r) => r.category === 'substanceUse' && r.type === 'plan.open')).toBe(true);
    expect(before.some((r) => r.type === 'note.retract' && r.category === 'substanceUse/notes')).toBe(true);

    // 2. Rosa withdraws her substance-use consent from the coordinator.
    const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as { current: { preferences: Record<string, unknown> } };
    const recorded = await coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current.preferences, substanceUse: [] }, method: 'verbal', givenOn: '2026-11-02' });
    expect(recorded.status).toBe(201);

    // 3. The coordinator still reviews the trail, without a trace of the substance-use document or its threads.
    const after = await trail(coordinator);
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((r) => r.type === 'patient.read' || r.type === 'consent.record')).toBe(true);
    expect(after.filter((r) => r.category !== null && /^substanceUse(\/|$)/.test(r.category))).toEqual([]);
    expect(after.some((r) => r.type === 'note.retract')).toBe(false);

    // 4. An organization admin sees every entry.
    const admin = await signedIn(server.url, 'admin');
    const full = await trail(admin);
    expect(full.some((r) => r.category === 'substanceUse' && r.type === 'plan.open')).toBe(true);
    expect(full.some((r) => r.type === 'note.retract')).toBe(true);

    // 5. The free text of the retraction reason was never written to the trail.
    const everything = JSON.stringify(await server.services.store.audit.list({ limit: 10_000 }));
    expect(everything).not.toMatch(/methadone/i);
  });

  it('1. a record written by an older version still holds a typed retraction reason; 2. neither the review nor the export shows it', async () => {
    await server.services.store.audit.append({
      at: new Date().toISOString(), userId: null, role: 'care_coordinator', patientId: rosaId, action: 'D', type: 'note.retract', resourceType: 'Communication',
      resourceId: 'legacy-note', category: null, outcome: 'success', ip: null, sessionId: null, reason: 'Buprenorphine taper, legacy record',
    });
    const admin = await signedIn(server.url, 'admin');
    expect(JSON.stringify(await trail(admin))).not.toContain('Buprenorphine');
    expect(await (await admin.get('/api/admin/audit/export?format=csv')).text()).not.toContain('Buprenorphine');
    expect(JSON.stringify(await (await admin.get('/api/admin/audit/export?format=json&limit=5000')).json())).not.toContain('Buprenorphine');
  });
});
