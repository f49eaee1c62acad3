import type { WorkItem, Worklist } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, whenConnected, type NotesClient } from '../support/socket';
import { waitFor } from '../support/wait';

/** Tracked items belong to the audience of the record they are part of: clinical, behavioral health or substance use. */
describe('tracking follows the patient\'s consent', () => {
  let server: TestServer;
  let rosaId: string;
  const c: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  const sockets: NotesClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    for (const key of ['coordinator', 'physician', 'nurse', 'behavioral', 'chw', 'caregiver']) {
      c[key] = await signedIn(server.url, key);
      ids[key] = ((await (await c[key].get('/api/me')).json()) as { id: string }).id;
    }
    rosaId = await patientIdByName(c.coordinator!, 'Rosa Delgado');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
  });

  const titles = async (who: string): Promise<string[]> => {
    const res = await c[who]!.get(`/api/patients/${rosaId}/tracking`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: WorkItem[] }).items.map((i) => i.title);
  };
  const worklist = async (client: ApiClient): Promise<string[]> => ((await (await client.get('/api/worklist')).json()) as Worklist).items.map((i) => i.title);
  const record = (who: string, body: Record<string, unknown>) => c[who]!.post(`/api/patients/${rosaId}/tracking`, body);
  const created = async (res: Response): Promise<string> => {
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  it('requires sign-in, and off-team staff get 404', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/tracking`)).status).toBe(401);
    const admin = await signedIn(server.url, 'admin');
    expect((await admin.get(`/api/patients/${rosaId}/tracking`)).status).toBe(404);
  });

  it('1. the coordinator records clinical, behavioral-health and substance-use items; 2. each reader sees only what the consent covers; 3. the family sees none', async () => {
    await created(await record('coordinator', { kind: 'test_result', name: 'HIV viral load', orderedOn: '2026-01-02', ownerId: ids.physician }));
    await created(await record('coordinator', { kind: 'referral', category: 'behavioralHealth', specialty: 'Trauma-focused therapy', inNetwork: true, priorAuth: 'not_needed', ownerId: ids.physician }));
    await created(await record('coordinator', { kind: 'referral', category: 'substanceUse', specialty: 'Addiction psychiatry', inNetwork: true, priorAuth: 'not_needed', ownerId: ids.behavioral }));
    await created(await record('behavioral', { kind: 'transition', category: 'substanceUse', setting: 'hospital', admittedOn: '2026-01-03', dischargedOn: '2026-01-05', facility: 'Harbor detox unit' }));

    const clinical = 'HIV viral load: awaiting result';
    const behavioral = 'Referral to Trauma-focused therapy: draft';
    const substance = ['Referral to Addiction psychiatry: draft', 'Follow-up after discharge from Harbor detox unit'];
    // Her coordinator and behavioral health clinician hold everything; her physician behavioral health but not substance use; the nurse and CHW only clinical.
    for (const who of ['coordinator', 'behavioral']) expect(await titles(who)).toEqual(expect.arrayContaining([clinical, behavioral, ...substance]));
    const physician = await titles('physician');
    expect(physician).toEqual(expect.arrayContaining([clinical, behavioral]));
    for (const who of ['nurse', 'chw']) expect(await titles(who)).toContain(clinical);
    for (const who of ['physician', 'nurse', 'chw']) {
      const seen = (await titles(who)).join('\n');
      expect(seen).not.toMatch(/Addiction|detox/);
      if (who !== 'physician') expect(seen).not.toMatch(/Trauma/);
    }
    // The family reads only the shared plan: tracking does not exist for them, nor does any of it reach their worklist.
    expect((await c.caregiver!.get(`/api/patients/${rosaId}/tracking`)).status).toBe(404);
    expect(await worklist(c.caregiver!)).toEqual([]);
    // Each item reaches the owner's worklist only while they may see it.
    expect(await worklist(c.behavioral!)).toEqual(expect.arrayContaining([substance[0]]));
    expect((await worklist(c.physician!)).join('\n')).not.toMatch(/Addiction|detox/);
  });

  it('1. nobody outside a category records, owns or moves its items; 2. family members never own one', async () => {
    const rejectedOwner = async (body: Record<string, unknown>) => {
      const res = await record('coordinator', body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('ownerId');
    };
    await rejectedOwner({ kind: 'test_result', name: 'A1c', orderedOn: '2026-01-02', ownerId: ids.caregiver });
    await rejectedOwner({ kind: 'referral', category: 'substanceUse', specialty: 'Methadone clinic', inNetwork: true, priorAuth: 'not_needed', ownerId: ids.physician });
    await rejectedOwner({ kind: 'referral', category: 'behavioralHealth', specialty: 'Psychiatry', inNetwork: true, priorAuth: 'not_needed', ownerId: ids.nurse });
    expect((await record('physician', { kind: 'care_gap', category: 'substanceUse', description: 'Naloxone kit', dueDate: '2026-12-31' })).status).toBe(403);
    expect((await record('nurse', { kind: 'care_gap', category: 'behavioralHealth', description: 'Depression screen', dueDate: '2026-12-31' })).status).toBe(403);
    expect((await record('caregiver', { kind: 'care_gap', description: 'Flu vaccine', dueDate: '2026-12-31' })).status).toBe(403);
    expect((await record('coordinator', { kind: 'care_gap', category: 'psychic', description: 'x', dueDate: '2026-12-31' })).status).toBe(400);

    // An item of a category the person may not see does not exist for them.
    const gap = await created(await record('coordinator', { kind: 'care_gap', category: 'substanceUse', description: 'Naloxone kit', dueDate: '2026-12-31' }));
    const close = { action: 'gap_closed', on: '2026-01-06', evidence: 'Given' };
    expect((await c.physician!.post(`/api/patients/${rosaId}/tracking/${gap}/progress`, close)).status).toBe(404);
    expect((await c.behavioral!.post(`/api/patients/${rosaId}/tracking/${gap}/progress`, close)).status).toBe(204);
  });

  it('1. a caregiver came to own an item before this rule; 2. it never reaches their worklist', async () => {
    const now = new Date().toISOString();
    await server.services.store.tracking.insert({
      id: randomUUID(), patientId: rosaId, kind: 'referral', category: 'clinical', ownerId: ids.caregiver!, createdAt: now, updatedAt: now,
      data: JSON.stringify({ kind: 'referral', specialty: 'Infectious disease', inNetwork: true, priorAuth: 'not_needed', step: 'draft', stepSince: now.slice(0, 10), priorAuthSince: null }),
    });
    expect(await worklist(c.caregiver!)).toEqual([]);
  });

  it('1. the physician and the behavioral clinician listen; 2. a substance-use item moves; 3. only the clinician hears of it; 4. a clinical one reaches both', async () => {
    const listen = async (who: string) => {
      const socket = connectSocket(server.url, c[who]!);
      sockets.push(socket);
      const heard: string[] = [];
      socket.on('worklist:changed', (e) => heard.push(e.patientId));
      expect(await whenConnected(socket)).toEqual({ ok: true });
      return heard;
    };
    const physician = await listen('physician');
    const behavioral = await listen('behavioral');

    await created(await record('behavioral', { kind: 'care_gap', category: 'substanceUse', description: 'Relapse plan', dueDate: '2026-12-31' }));
    await waitFor(() => behavioral.includes(rosaId), 'the clinician hears of the substance-use item');
    // A clinical item of another patient of hers is a marker: signals reach one socket in order, so once it is in, anything sent before is too.
    const walterId = await patientIdByName(c.coordinator!, 'Walter Kim');
    expect((await c.coordinator!.post(`/api/patients/${walterId}/tracking`, { kind: 'care_gap', description: 'Flu vaccine', dueDate: '2026-12-31' })).status).toBe(201);
    await waitFor(() => physician.includes(walterId), 'the physician hears of the marker');
    expect(physician).toEqual([walterId]);
    await created(await record('coordinator', { kind: 'care_gap', description: 'Flu vaccine', dueDate: '2026-12-31' }));
    await waitFor(() => physician.includes(rosaId) && behavioral.filter((id) => id === rosaId).length === 2, 'both to hear of the clinical item');
  });
});
