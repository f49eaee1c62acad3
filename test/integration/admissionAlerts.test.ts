import { Hl7Message } from '@medplum/core';
import { Hl7Client } from '@medplum/hl7';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, whenConnected, type NotesClient } from '../support/socket';
import { waitFor } from '../support/wait';

const INTERFACE_KEY = 'interface-key-for-tests-0123456789abcdef';

/** An ADT message as St. Mary's interface engine would send it (segments end in CR). */
function adt(o: { trigger: 'A01' | 'A03' | 'A04'; controlId: string; pid: string; visit: string; admitted?: string; discharged?: string; patientClass?: string; disposition?: string }): Hl7Message {
  const pv1 = ['PV1', '1', o.patientClass ?? 'I', '4W^401^A^St. Mary Medical Center', ...Array(15).fill(''), o.visit, ...Array(16).fill(''), o.disposition ?? '', ...Array(7).fill(''), o.admitted ?? '', o.discharged ?? ''];
  return Hl7Message.parse([
    `MSH|^~\\&|EPIC|STMARY|CAREHUDDLE|PLAN|202611270830||ADT^${o.trigger}^ADT_${o.trigger}|${o.controlId}|P|2.5.1`,
    `EVN|${o.trigger}|202611270830`,
    `PID|1||${o.pid}`,
    pv1.join('|'),
  ].join('\r'));
}

const msa = (ack: Hl7Message) => ({ code: ack.getSegment('MSA')?.getComponent(1, 1), controlId: ack.getSegment('MSA')?.getComponent(2, 1), text: ack.getSegment('MSA')?.getComponent(3, 1) });

/** Sends bytes on a raw TCP connection and resolves with the first MLLP frame answered. */
function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(Buffer.concat([Buffer.from([0x0b]), Buffer.from(text), Buffer.from([0x1c, 0x0d])])));
    let received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.at(-2) === 0x1c && received.at(-1) === 0x0d) {
        socket.destroy();
        resolve(received.subarray(1, -2).toString());
      }
    });
    socket.on('error', reject);
  });
}

describe('admission and discharge alerts over HL7 v2 MLLP and FHIR', () => {
  let server: TestServer;
  let client: Hl7Client;
  let coordinator: ApiClient;
  let walterId: string;
  let teamSocket: NotesClient;
  const alerts: Array<{ patientId: string; event: string }> = [];

  beforeAll(async () => {
    server = await startTestServer({ interfaces: { mllpPort: 0, apiKey: INTERFACE_KEY } });
    client = new Hl7Client({ host: '127.0.0.1', port: server.mllpPort! });
    coordinator = await signedIn(server.url, 'coordinator');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
    teamSocket = connectSocket(server.url, coordinator);
    teamSocket.on('transition:alert', (e) => alerts.push(e));
    expect(await whenConnected(teamSocket)).toEqual({ ok: true });
  });
  afterAll(async () => {
    teamSocket.disconnect();
    await client.close();
    await server.close();
  });

  const send = async (message: Hl7Message) => msa(await client.sendAndWait(message, { timeoutMs: 30_000 }));
  const queue = async () => ((await (await coordinator.get('/api/interfaces/review')).json()) as { alerts: Array<{ id: string; reason: string; summary: { memberNumber: string } | null; raw: string; patientId: string | null }> }).alerts;
  const tracking = async () => ((await (await coordinator.get(`/api/patients/${walterId}/tracking`)).json()) as { items: Array<{ kind: string; title: string; dueDate: string }> }).items;

  it('1. an admit is acknowledged AA; 2. the team hears of it live; 3. a note says where Walter is', async () => {
    expect(await send(adt({ trigger: 'A01', controlId: 'MSG-1', pid: 'MBR-100871^^^PLAN^MB', visit: 'V-900', admitted: '202611200915' }))).toEqual({ code: 'AA', controlId: 'MSG-1', text: 'Alert applied.' });
    await waitFor(() => alerts.some((a) => a.patientId === walterId && a.event === 'admit'), 'the admit to reach the team');
    const threads = (await (await coordinator.get(`/api/patients/${walterId}/threads`)).json()) as { threads: Array<{ notes: Array<{ body: string; author: { name: string; role: string } }> }> };
    const note = threads.threads.flatMap((t) => t.notes).find((n) => n.body.startsWith('Admitted to St. Mary Medical Center'));
    expect(note?.author).toEqual(expect.objectContaining({ name: 'Admission alerts', role: 'system' }));
  });

  it('4. the discharge of the same stay records the transition with its follow-up and reconciliation, live, with a note', async () => {
    const before = (await tracking()).length;
    expect(await send(adt({ trigger: 'A03', controlId: 'MSG-2', pid: 'MBR-100871^^^PLAN^MB', visit: 'V-900', discharged: '202611260800', disposition: '03' }))).toMatchObject({ code: 'AA', controlId: 'MSG-2' });
    await waitFor(() => alerts.some((a) => a.patientId === walterId && a.event === 'discharge'), 'the discharge to reach the team');
    const items = await tracking();
    expect(items.length).toBe(before + 2);
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'follow_up', title: 'Follow-up after discharge from St. Mary Medical Center', dueDate: '2026-12-03' }),
      expect.objectContaining({ kind: 'medication_reconciliation', dueDate: '2026-12-03' }),
    ]));
    const stored = (await server.services.store.tracking.listForPatients([walterId])).filter((i) => i.kind === 'transition').map((i) => JSON.parse(i.data) as Record<string, unknown>);
    expect(stored).toEqual(expect.arrayContaining([expect.objectContaining({ setting: 'hospital', facility: 'St. Mary Medical Center', admittedOn: '2026-11-20', dischargedOn: '2026-11-26', dischargedTo: 'skilled_nursing' })]));
    const threads = (await (await coordinator.get(`/api/patients/${walterId}/threads`)).json()) as { threads: Array<{ notes: Array<{ body: string }> }> };
    expect(threads.threads.flatMap((t) => t.notes).map((n) => n.body)).toContain(
      'Discharged from St. Mary Medical Center (hospital) on 2026-11-26, to a skilled nursing facility. A follow-up visit and a medication reconciliation are due by 2026-12-03.',
    );
  });

  it('5. a resend (same MSH-10) and 6. the same discharge under a new id are duplicates: AA, not applied again, queued', async () => {
    const before = (await tracking()).length;
    expect(await send(adt({ trigger: 'A03', controlId: 'MSG-2', pid: 'MBR-100871^^^PLAN^MB', visit: 'V-900', discharged: '202611260800' }))).toMatchObject({ code: 'AA', text: 'Duplicate of an alert already received; not applied again.' });
    expect(await send(adt({ trigger: 'A03', controlId: 'MSG-3', pid: 'MBR-100871^^^PLAN^MB', visit: 'V-900', discharged: '202611260800' }))).toMatchObject({ code: 'AA', controlId: 'MSG-3' });
    expect((await tracking()).length).toBe(before);
    expect((await queue()).filter((a) => a.reason === 'duplicate' && a.patientId === walterId)).toHaveLength(2);
  });

  it('7. an unknown member is AE and waits for review; 8. the coordinator matches it to Walter, which applies it', async () => {
    expect(await send(adt({ trigger: 'A03', controlId: 'MSG-4', pid: 'MBR-999999^^^PLAN^MB', visit: 'V-901', discharged: '202611250800', patientClass: 'E' }))).toMatchObject({ code: 'AE', controlId: 'MSG-4' });
    const waiting = (await queue()).find((a) => a.summary?.memberNumber === 'MBR-999999');
    expect(waiting).toMatchObject({ reason: 'unknown_member', patientId: null });
    // Another coordinator's colleague without a caseload cannot see or settle it.
    const physician = await signedIn(server.url, 'physician');
    expect((await physician.get('/api/interfaces/review')).status).toBe(403);
    expect((await physician.post(`/api/interfaces/review/${waiting!.id}/match`, { patientId: walterId })).status).toBe(403);
    const matched = await coordinator.post(`/api/interfaces/review/${waiting!.id}/match`, { patientId: walterId });
    expect(matched.status).toBe(200);
    expect(await matched.json()).toMatchObject({ status: 'processed', patientId: walterId, patientName: 'Walter Kim' });
    expect((await queue()).some((a) => a.id === waiting!.id)).toBe(false);
    expect((await tracking()).filter((i) => i.title === 'Follow-up after discharge from St. Mary Medical Center' && i.dueDate === '2026-12-02')).toHaveLength(1);
    expect((await coordinator.post(`/api/interfaces/review/${waiting!.id}/dismiss`, { reason: 'test_message' })).status).toBe(409);
  });

  it('9. a message without PID is AR, stored and queued; 10. text that is not HL7 at all is AR too, stored exactly as received', async () => {
    const noPid = Hl7Message.parse('MSH|^~\\&|EPIC|STMARY|CAREHUDDLE|PLAN|202611270830||ADT^A03|MSG-5|P|2.5.1\rEVN|A03|202611270830');
    expect(await send(noPid)).toMatchObject({ code: 'AR', controlId: 'MSG-5' });
    const answer = Hl7Message.parse(await sendRaw(server.mllpPort!, 'THIS IS NOT HL7'));
    expect(msa(answer).code).toBe('AR');
    const malformed = (await queue()).filter((a) => a.reason === 'malformed');
    expect(malformed.map((a) => a.raw)).toEqual(expect.arrayContaining([noPid.toString(), 'THIS IS NOT HL7']));
    // 11. The coordinator dismisses the unreadable one; it leaves the queue but stays stored.
    const unreadable = malformed.find((a) => a.raw === 'THIS IS NOT HL7')!;
    expect((await coordinator.post(`/api/interfaces/review/${unreadable.id}/dismiss`, { reason: 'test_message' })).status).toBe(204);
    expect((await queue()).some((a) => a.id === unreadable.id)).toBe(false);
    expect(await server.services.store.inboundAlerts.find(unreadable.id)).toMatchObject({ status: 'dismissed', raw: 'THIS IS NOT HL7', resolvedBy: expect.any(String) });
  });

  it('12. a FHIR Encounter with the interface key is applied like an ADT message; without the key it is refused', async () => {
    const amaraId = await patientIdByName(coordinator, 'Amara Okafor');
    const encounter = {
      resourceType: 'Encounter', id: 'enc-77', status: 'finished', class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
      subject: { identifier: { value: 'MBR-101502' } }, period: { start: '2026-11-24T22:10:00Z', end: '2026-11-25T03:40:00Z' },
      serviceProvider: { display: 'Riverside Hospital' },
    };
    const post = (auth: string | null) => fetch(`${server.url}/api/interfaces/encounters`, {
      method: 'POST', headers: { 'content-type': 'application/fhir+json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(encounter),
    });
    expect((await post(null)).status).toBe(401);
    expect((await post('Bearer wrong-key')).status).toBe(401);
    const accepted = await post(`Bearer ${INTERFACE_KEY}`);
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toMatchObject({ status: 'processed', reason: null });
    const items = ((await (await coordinator.get(`/api/patients/${amaraId}/tracking`)).json()) as { items: Array<{ title: string; dueDate: string }> }).items;
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Follow-up after discharge from Riverside Hospital', dueDate: '2026-12-02' })]));
    expect(await (await post(`Bearer ${INTERFACE_KEY}`)).json()).toMatchObject({ status: 'needs_review', reason: 'duplicate' });
  });
});
