import { calendarDateIn, type Reconciliation, type ReconciliationSummary, type WorkItem } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, connectSocket, whenConnected, type NotesClient } from '../support/socket';
import { waitFor } from '../support/wait';

const FUROSEMIDE = 'demo-med-furosemide';

describe('medication reconciliation', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let pharmacist: ApiClient;
  let physician: ApiClient;
  let caregiver: ApiClient;
  let rosaId: string;
  const sockets: NotesClient[] = [];
  const base = () => `/api/patients/${rosaId}/reconciliations`;
  const idOf = async (client: ApiClient) => ((await (await client.get('/api/me')).json()) as { id: string }).id;
  /** A socket in the patient's rooms that records reconciliation signals. */
  const listener = async (client: ApiClient) => {
    const socket = connectSocket(server.url, client);
    sockets.push(socket);
    const seen: string[] = [];
    socket.on('reconciliation:changed', (e) => seen.push(e.reconciliationId));
    await whenConnected(socket);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).ok).toBe(true);
    return seen;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [coordinator, pharmacist, physician, caregiver] = await Promise.all([signedIn(server.url, 'coordinator'), signedIn(server.url, 'pharmacist'), signedIn(server.url, 'physician'), signedIn(server.url, 'caregiver')]);
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
  });

  it('requires sign-in', async () => {
    expect((await new ApiClient(server.url).get(base())).status).toBe(401);
    expect((await new ApiClient(server.url).post(base(), { trigger: 'on_request' })).status).toBe(401);
  });

  it('other patient → denied; the family side never learns a reconciliation exists (404, audited)', async () => {
    const amaraId = await patientIdByName(coordinator, 'Amara Okafor');
    expect((await pharmacist.get(`/api/patients/${amaraId}/reconciliations`)).status).toBe(404);
    expect((await caregiver.get(base())).status).toBe(404);
    expect((await caregiver.post(base(), { trigger: 'on_request' })).status).toBe(404);
    const denied = (await server.services.store.audit.list({ patientId: rosaId, limit: 1000 }))
      .filter((r) => r.type === 'reconciliation.list' && r.outcome === 'denied');
    expect(denied.length).toBeGreaterThan(0);
  });

  it('1. the pharmacist starts a discharge reconciliation; 2. flags a dose mismatch, which the physician hears about live; 3. completion waits for every medication; 4. a follow-up becomes a plan task; 5. the physician signs; 6. the signed record never changes', async () => {
    const physicianSignals = await listener(physician);
    const caregiverSignals = await listener(caregiver);

    // 1. Started from the clinical plan's medication list: every medication pending.
    const started = await pharmacist.post(base(), { trigger: 'discharge' });
    expect(started.status).toBe(201);
    const rec = (await started.json()) as Reconciliation;
    expect(rec.medications.map((m) => [m.name, m.dose, m.source, m.decision])).toEqual([
      ['Furosemide', '40 mg', 'discharge_summary', 'pending'], ['Lisinopril', '10 mg', 'clinic_record', 'pending'], ['Metformin', '500 mg', 'pharmacy_fill', 'pending'],
    ]);
    expect(rec).toMatchObject({ status: 'in_progress', pendingCount: 3, startedBy: { name: 'Priya Natarajan, PharmD' }, signed: null });
    await waitFor(() => physicianSignals.includes(rec.id), 'the physician to hear about the new reconciliation');

    // 2. A flagged discrepancy reaches the physician as a signal; the data comes from the audited read.
    const flag = { decision: 'change', discrepancy: { kind: 'dose_mismatch', note: 'Pharmacy filled 20 mg; discharge summary says 40 mg.' } };
    const flagged = await pharmacist.request('PUT', `${base()}/${rec.id}/medications/${FUROSEMIDE}`, flag);
    expect(flagged.status).toBe(200);
    await waitFor(() => physicianSignals.filter((id) => id === rec.id).length >= 2, 'the physician to hear about the flag');
    const seen = (await (await physician.get(`${base()}/${rec.id}`)).json()) as Reconciliation;
    expect(seen.medications[0]).toMatchObject({ decision: 'change', discrepancy: flag.discrepancy, decidedBy: { name: 'Priya Natarajan, PharmD' } });
    expect(seen.pendingCount).toBe(2);
    expect(caregiverSignals).toEqual([]);
    const list = (await (await physician.get(base())).json()) as { reconciliations: ReconciliationSummary[] };
    expect(list.reconciliations[0]).toMatchObject({ id: rec.id, discrepancyCount: 1, pendingCount: 2 });
    const noNote = await pharmacist.request('PUT', `${base()}/${rec.id}/medications/${FUROSEMIDE}`, { decision: 'change', discrepancy: { kind: 'other', note: ' ' } });
    expect((await noNote.json()).error.fields[0].path).toBe('body.discrepancy.note');
    expect((await pharmacist.request('PUT', `${base()}/${rec.id}/medications/not-on-the-list`, flag)).status).toBe(400);

    // 3. Not while anything is pending; and only a physician or nurse signs.
    const early = await physician.post(`${base()}/${rec.id}/complete`);
    expect(early.status).toBe(409);
    expect((await early.json()).error.message).toBe('2 medications are still pending a decision.');
    for (const itemId of ['demo-med-lisinopril', 'demo-med-metformin']) {
      expect((await coordinator.request('PUT', `${base()}/${rec.id}/medications/${itemId}`, { decision: 'continue', discrepancy: null })).status).toBe(200);
    }
    expect((await pharmacist.post(`${base()}/${rec.id}/complete`)).status).toBe(403);
    expect((await coordinator.post(`${base()}/${rec.id}/complete`)).status).toBe(403);

    // 4. Follow-up work: an owned, dated task in the clinical plan; owners are staff on the team.
    const pharmacistId = await idOf(pharmacist);
    const byCaregiver = await pharmacist.post(`${base()}/${rec.id}/follow-ups`, { title: 'Call the pharmacy', ownerId: await idOf(caregiver), dueDate: '2026-12-01' });
    expect((await byCaregiver.json()).error.fields[0].path).toBe('ownerId');
    const followed = await pharmacist.post(`${base()}/${rec.id}/follow-ups`, { title: 'Call Dr. Patel about the furosemide dose', ownerId: pharmacistId, dueDate: '2026-12-01' });
    expect(followed.status).toBe(201);
    const followUp = ((await followed.json()) as Reconciliation).followUps[0]!;
    expect(followUp).toMatchObject({ owner: { userId: pharmacistId }, dueDate: '2026-12-01' });
    const plan = connectPlan(server.url, coordinator, rosaId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(plan);
    await waitFor(() => plan.doc.getMap('interventions').has(followUp.id), 'the task in the plan');
    expect((plan.doc.getMap('interventions').get(followUp.id) as Y.Map<unknown>).toJSON()).toMatchObject({
      title: 'Call Dr. Patel about the furosemide dose', owner: pharmacistId, dueDate: '2026-12-01', status: 'open', source: `Medication reconciliation ${rec.startedAt.slice(0, 10)}`,
    });
    plan.destroy();

    // The pharmacist's review, which only a pharmacist marks.
    expect((await coordinator.post(`${base()}/${rec.id}/pharmacist-review`)).status).toBe(403);
    expect(((await (await pharmacist.post(`${base()}/${rec.id}/pharmacist-review`)).json()) as Reconciliation).pharmacistReview?.by.userId).toBe(pharmacistId);

    // 5. Signed with a timestamp.
    const signed = await physician.post(`${base()}/${rec.id}/complete`);
    expect(signed.status).toBe(200);
    const record = (await signed.json()) as Reconciliation;
    expect(record).toMatchObject({ status: 'completed', pendingCount: 0, signed: { by: { name: 'Dr. Samuel Okoro' } } });
    expect(Date.parse(record.signed!.at)).not.toBeNaN();

    // 6. Immutable: every later change answers 409 and nothing is stored.
    const stored = await server.services.store.reconciliations.find(rosaId, rec.id);
    expect((await pharmacist.request('PUT', `${base()}/${rec.id}/medications/${FUROSEMIDE}`, { decision: 'stop', discrepancy: null })).status).toBe(409);
    expect((await pharmacist.post(`${base()}/${rec.id}/follow-ups`, { title: 'Too late', ownerId: pharmacistId, dueDate: '2026-12-02' })).status).toBe(409);
    expect((await pharmacist.post(`${base()}/${rec.id}/pharmacist-review`)).status).toBe(409);
    expect((await physician.post(`${base()}/${rec.id}/complete`)).status).toBe(409);
    expect(await server.services.store.reconciliations.find(rosaId, rec.id)).toEqual(stored);
    expect(await (await coordinator.get(`${base()}/${rec.id}`)).json()).toEqual(record);

    const audited = new Set((await server.services.store.audit.list({ patientId: rosaId, limit: 10_000 }))
      .filter((r) => r.resourceType === 'List' && r.outcome === 'success').map((r) => r.type));
    expect([...audited].sort()).toEqual(['reconciliation.complete', 'reconciliation.decide', 'reconciliation.followUp', 'reconciliation.list', 'reconciliation.read', 'reconciliation.review', 'reconciliation.start']);
  });

  it('decisions on different medications at the same moment are all kept (conditional updates retry)', async () => {
    const rec = (await (await pharmacist.post(base(), { trigger: 'on_request' })).json()) as Reconciliation;
    const answers = await Promise.all(rec.medications.map((m, i) =>
      (i % 2 ? physician : pharmacist).request('PUT', `${base()}/${rec.id}/medications/${m.itemId}`, { decision: 'continue', discrepancy: null })));
    expect(answers.map((a) => a.status)).toEqual(rec.medications.map(() => 200));
    const after = (await (await pharmacist.get(`${base()}/${rec.id}`)).json()) as Reconciliation;
    expect(after.medications.map((m) => m.decision)).toEqual(rec.medications.map(() => 'continue'));
    expect(after.revision).toBe(1 + rec.medications.length);
  });

  it('signing a reconciliation after a discharge settles the worklist step "medication reconciliation after discharge"', async () => {
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    const dueKinds = async () => ((await (await coordinator.get(`/api/patients/${walterId}/tracking`)).json()) as { items: WorkItem[] }).items
      .filter((i) => i.status !== 'done').map((i) => i.kind);
    expect(await dueKinds()).toContain('medication_reconciliation');
    const rec = (await (await physician.post(`/api/patients/${walterId}/reconciliations`, { trigger: 'discharge' })).json()) as Reconciliation;
    // Walter's plan lists no medications yet: nothing pending, so it can be signed at once.
    expect(rec.medications).toEqual([]);
    // While it is unsigned, the step cannot be ticked off by hand beside it.
    const transition = ((await (await coordinator.get(`/api/patients/${walterId}/tracking`)).json()) as { items: WorkItem[] }).items
      .find((i) => i.kind === 'medication_reconciliation' && i.status !== 'done')!;
    const byHand = await coordinator.post(`/api/patients/${walterId}/tracking/${transition.itemId!}/progress`, { action: 'reconciliation_done', on: calendarDateIn(new Date(rec.startedAt), 'America/New_York') });
    expect(byHand.status).toBe(409);
    expect(((await byHand.json()) as { error: { message: string } }).error.message).toMatch(/^The medication reconciliation started on .+ is not signed yet\./);
    expect(await dueKinds()).toContain('medication_reconciliation');
    expect((await physician.post(`/api/patients/${walterId}/reconciliations/${rec.id}/complete`)).status).toBe(200);
    expect(await dueKinds()).not.toContain('medication_reconciliation');
  });

  it('1. the pharmacist adds a medication the plan does not list; 2. it is decided new and joins the clinical plan; 3. roles that do not decide are refused; 4. an invalid body names its fields; 5. a signed reconciliation takes none', async () => {
    const planMedications = async (client: ApiClient, patientId: string) => {
      const plan = connectPlan(server.url, client, patientId, 'clinical', { doc: new Y.Doc() });
      await whenSynced(plan);
      const medications = plan.doc.getMap('medications').toJSON() as Record<string, Record<string, unknown>>;
      plan.destroy();
      return medications;
    };
    const rec = (await (await pharmacist.post(base(), { trigger: 'discharge' })).json()) as Reconciliation;
    const aspirin = { name: 'Aspirin', dose: '81 mg', route: 'oral', frequency: 'daily', source: 'discharge_summary' };

    // 1. Found in the discharge summary, missing from the list.
    const added = await pharmacist.post(`${base()}/${rec.id}/medications`, aspirin);
    expect(added.status).toBe(201);
    const after = (await added.json()) as Reconciliation;
    const entry = after.medications.at(-1)!;

    // 2. Decided new by the pharmacist at once (nothing more pending), and an entry of the clinical plan under the same id.
    expect(after.medications).toHaveLength(rec.medications.length + 1);
    expect(entry).toMatchObject({ ...aspirin, prescriber: '', indication: '', decision: 'new', discrepancy: null, decidedBy: { name: 'Priya Natarajan, PharmD' } });
    expect(after.pendingCount).toBe(rec.pendingCount);
    expect((await planMedications(coordinator, rosaId))[entry.itemId]).toMatchObject({
      title: 'Aspirin', dose: '81 mg', route: 'oral', frequency: 'daily', prescriber: '', indication: '', source: 'discharge_summary',
    });
    const audited = await server.services.store.audit.list({ patientId: rosaId, limit: 10_000 });
    expect(audited.some((r) => r.type === 'reconciliation.addMedication' && r.outcome === 'success' && r.resourceId === rec.id)).toBe(true);

    // 3. The family side never learns it exists; a social worker sees reconciliations but does not decide.
    const socialWorker = await signedIn(server.url, 'socialworker');
    expect((await caregiver.post(`${base()}/${rec.id}/medications`, aspirin)).status).toBe(404);
    expect((await socialWorker.post(`${base()}/${rec.id}/medications`, aspirin)).status).toBe(403);

    // 4. Field by field, nothing stored.
    const invalid = await pharmacist.post(`${base()}/${rec.id}/medications`, { name: ' ', dose: 'x'.repeat(121), source: 'hearsay' });
    expect(invalid.status).toBe(400);
    const paths = ((await invalid.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.dose', 'body.source']));
    expect(((await (await pharmacist.get(`${base()}/${rec.id}`)).json()) as Reconciliation).medications).toEqual(after.medications);

    // 5. Walter's signed reconciliation: 409, and his plan gains nothing.
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    const signedRec = (await (await physician.post(`/api/patients/${walterId}/reconciliations`, { trigger: 'on_request' })).json()) as Reconciliation;
    expect((await physician.post(`/api/patients/${walterId}/reconciliations/${signedRec.id}/complete`)).status).toBe(200);
    const walterBefore = await planMedications(coordinator, walterId);
    expect((await pharmacist.post(`/api/patients/${walterId}/reconciliations/${signedRec.id}/medications`, aspirin)).status).toBe(409);
    expect(await planMedications(coordinator, walterId)).toEqual(walterBefore);
    expect(((await (await pharmacist.get(`/api/patients/${walterId}/reconciliations/${signedRec.id}`)).json()) as Reconciliation).medications).toEqual([]);
  });
});
