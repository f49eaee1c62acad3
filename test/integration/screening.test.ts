import { CLOSE_CODES, SCREENING_ANSWERS_MAP, type RiskChange, type Screening, type WorkItem } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectPlan, whenClosed, whenSynced, type PlanClient } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { LOW_RISK_ANSWERS, PHQ9_14 } from '../support/screeningAnswers';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

describe('health screening: live, scored, stored once; the coordinator sets the risk level', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let chw: ApiClient;
  let rosaId: string;
  const open: PlanClient[] = [];
  const connect = (client: ApiClient, documentName: string) => {
    const c = connectPlan(server.url, client, '', 'shared', { docName: documentName });
    open.push(c);
    return c;
  };
  const answer = (c: PlanClient, answers: Record<string, unknown>) => {
    c.doc.transact(() => { for (const [k, v] of Object.entries(answers)) c.doc.getMap(SCREENING_ANSWERS_MAP).set(k, v); });
  };

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    chw = await signedIn(server.url, 'chw');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(async () => {
    for (const c of open) c.destroy();
    await server.close();
  });

  it('requires sign-in, and staff of another patient are not told the patient exists', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/screenings`)).status).toBe(401);
    const caregiver = await signedIn(server.url, 'caregiver');
    const amaraId = await patientIdByName(coordinator, 'Amara Okafor');
    expect((await caregiver.get(`/api/patients/${amaraId}/screenings`)).status).toBe(404);
    expect((await caregiver.post(`/api/patients/${amaraId}/risk`, { riskLevel: 'Low', reason: 'x' })).status).toBe(404);
  });

  it('a coordinator and a community health worker fill in one screening live; completion is stored once with who answered what', async () => {
    // 1. The coordinator starts the screening; the community health worker joins the same one.
    const started = await (await coordinator.post(`/api/patients/${rosaId}/screenings`, {})).json() as { id: string; documentName: string };
    const joined = await (await chw.post(`/api/patients/${rosaId}/screenings`, {})).json() as { id: string };
    expect(joined.id).toBe(started.id);
    // 2. Both open the live document; each answer reaches the other.
    const onPhone = connect(coordinator, started.documentName);
    const inHome = connect(chw, started.documentName);
    await Promise.all([whenSynced(onPhone), whenSynced(inHome)]);
    answer(onPhone, { ...LOW_RISK_ANSWERS, 'hra-admissions': 2 });
    await waitFor(() => inHome.doc.getMap(SCREENING_ANSWERS_MAP).get('hra-admissions') === 2, 'the answer to reach the other person');
    answer(inHome, { 'phq-1': '2', 'phq-2': '2' });
    await inHome.whenSaved();
    await onPhone.whenSaved();
    // 3. PHQ-2 = 4 asks the PHQ-9 follow-up: completing now is refused with a sentence per missing answer.
    const early = await chw.post(`/api/patients/${rosaId}/screenings/${started.id}/complete`);
    expect(early.status).toBe(400);
    const fields = (await early.json()).error.fields as Array<{ path: string; message: string }>;
    expect(fields.map((f) => f.path)).toEqual(['phq-3', 'phq-4', 'phq-5', 'phq-6', 'phq-7', 'phq-8', 'phq-9']);
    expect(fields[0]!.message).toBe('Answer "Over the last 2 weeks, how often have you been bothered by: trouble falling or staying asleep, or sleeping too much"');
    // 4. The health worker answers the rest and completes it; a second completion is refused.
    answer(inHome, PHQ9_14);
    await inHome.whenSaved();
    expect((await chw.post(`/api/patients/${rosaId}/screenings/${started.id}/complete`)).status).toBe(204);
    expect((await coordinator.post(`/api/patients/${rosaId}/screenings/${started.id}/complete`)).status).toBe(409);
    // 5. Writers are sent away: the stored response is final.
    expect((await whenClosed(onPhone)).code).toBe(CLOSE_CODES.accessRevoked);
    // 6. The result: High with its reasons, and who gave which answer.
    const screening = await (await coordinator.get(`/api/patients/${rosaId}/screenings/${started.id}`)).json() as Screening;
    expect(screening.status).toBe('completed');
    expect(screening.outcome?.summary).toBe('High: 2 admissions in 12 months; PHQ-9 = 14');
    expect(screening.answers.find((a) => a.linkId === 'hra-admissions')?.by.name).toBe('Maya Chen');
    expect(screening.answers.find((a) => a.linkId === 'phq-3')?.by.name).toBe('Tasha Brooks');
    expect(screening.completedBy?.name).toBe('Tasha Brooks');
    expect(screening.proposedNeeds.map((n) => [n.flagCode, n.domain, n.status])).toEqual([['admissions_2_plus', 'medical', 'proposed'], ['phq9_10_plus', 'behavioral_health', 'proposed']]);
    // 7. Exactly the answers asked were stored.
    await expect(server.services.store.screenings.find(rosaId, started.id).then((s) => (JSON.parse(s!.answers!) as unknown[]).length)).resolves.toBe(screening.answers.length);
  });

  it('only the care coordinator sets the risk level, with a reason; every change is kept and shown', async () => {
    const [screening] = (await (await coordinator.get(`/api/patients/${rosaId}/screenings`)).json()).screenings as Screening[];
    for (const key of ['chw', 'pharmacist', 'physician', 'caregiver']) {
      const other = await signedIn(server.url, key);
      expect((await other.post(`/api/patients/${rosaId}/risk`, { riskLevel: 'Low', reason: 'Looks fine' })).status).toBe(403);
    }
    const noReason = await coordinator.post(`/api/patients/${rosaId}/risk`, { riskLevel: 'Moderate', reason: ' ' });
    expect((await noReason.json()).error.fields).toEqual([{ path: 'body.reason', message: 'Enter the reason for the risk level.' }]);
    expect((await coordinator.post(`/api/patients/${rosaId}/risk`, { riskLevel: 'Moderate', reason: 'Stable since discharge' })).status).toBe(201);
    // The header's reasons: the coordinator's own words for an override…
    expect((await (await coordinator.get(`/api/patients/${rosaId}/risk/history`)).json()).currentReasons).toEqual(['Stable since discharge']);
    expect((await coordinator.post(`/api/patients/${rosaId}/risk`, { riskLevel: 'High', reason: 'Accepted the screening', screeningId: screening!.id })).status).toBe(201);
    const { changes, currentReasons } = (await (await coordinator.get(`/api/patients/${rosaId}/risk/history`)).json()) as { changes: RiskChange[]; currentReasons: string[] };
    // …and the screening's computed reasons once its proposal is accepted.
    expect(currentReasons).toEqual(screening!.outcome!.reasons);
    expect(currentReasons.length).toBeGreaterThan(0);
    expect(changes.slice(0, 2).map((c) => [c.from, c.to, c.reason, c.by.name])).toEqual([['Moderate', 'High', 'Accepted the screening', 'Maya Chen'], ['High', 'Moderate', 'Stable since discharge', 'Maya Chen']]);
    expect((await (await coordinator.get(`/api/patients/${rosaId}`)).json()).riskLevel).toBe('High');
    expect((await (await signedIn(server.url, 'pharmacist')).get(`/api/patients/${rosaId}/risk/history`)).status).toBe(403);
  });

  it('the coordinator accepts a proposed need into the clinical plan and dismisses another; nobody else decides', async () => {
    const [screening] = (await (await coordinator.get(`/api/patients/${rosaId}/screenings`)).json()).screenings as Screening[];
    const path = (flag: string) => `/api/patients/${rosaId}/screenings/${screening!.id}/needs/${flag}`;
    expect((await chw.post(path('admissions_2_plus'), { decision: 'accept' })).status).toBe(403);
    expect((await coordinator.post(path('admissions_2_plus'), { decision: 'accept' })).status).toBe(204);
    expect((await coordinator.post(path('phq9_10_plus'), { decision: 'dismiss' })).status).toBe(204);
    expect((await coordinator.post(path('phq9_10_plus'), { decision: 'accept' })).status).toBe(409);
    const plan = connect(coordinator, `plan:${rosaId}:clinical`);
    await whenSynced(plan);
    const needs = [...plan.doc.getMap<Y.Map<unknown>>('needs').values()].map((n) => n.get('title'));
    expect(needs).toContain('2+ admissions in 12 months: 2 admissions in 12 months');
    const after = await (await coordinator.get(`/api/patients/${rosaId}/screenings/${screening!.id}`)).json() as Screening;
    expect(after.proposedNeeds.map((n) => [n.status, n.decidedBy?.name])).toEqual([['accepted', 'Maya Chen'], ['dismissed', 'Maya Chen']]);
  });

  it('a correction is an amendment: a new version that starts from the old answers; the original never changes', async () => {
    const [original] = (await (await coordinator.get(`/api/patients/${rosaId}/screenings`)).json()).screenings as Screening[];
    const amendment = await (await coordinator.post(`/api/patients/${rosaId}/screenings`, { amendsId: original!.id })).json() as { id: string; documentName: string };
    expect(amendment.id).not.toBe(original!.id);
    const doc = connect(coordinator, amendment.documentName);
    await whenSynced(doc);
    expect(doc.doc.getMap(SCREENING_ANSWERS_MAP).get('hra-admissions')).toBe(2);
    answer(doc, { 'hra-admissions': 1 });
    await doc.whenSaved();
    expect((await coordinator.post(`/api/patients/${rosaId}/screenings/${amendment.id}/complete`)).status).toBe(204);
    const amended = await (await coordinator.get(`/api/patients/${rosaId}/screenings/${amendment.id}`)).json() as Screening;
    expect([amended.amendsId, amended.outcome?.summary]).toEqual([original!.id, 'Moderate: 1 admission in 12 months; PHQ-9 = 14']);
    const before = await (await coordinator.get(`/api/patients/${rosaId}/screenings/${original!.id}`)).json() as Screening;
    expect([before.outcome?.summary, before.amendedById]).toEqual([original!.outcome?.summary, amendment.id]);
    expect((await coordinator.post(`/api/patients/${rosaId}/screenings`, { amendsId: original!.id })).status).toBe(409);
  });

  it('the document admits administering staff and the consented family caregiver, and no one else', async () => {
    const { documentName } = await (await coordinator.post(`/api/patients/${rosaId}/screenings`, {})).json() as { documentName: string };
    const caregiver = connect(await signedIn(server.url, 'caregiver'), documentName);
    await whenSynced(caregiver);
    expect(caregiver.access).toBe('write');
    const pharmacist = connect(await signedIn(server.url, 'pharmacist'), documentName);
    expect((await whenClosed(pharmacist)).code).toBe(CLOSE_CODES.forbidden);
    const unknown = connect(coordinator, `screening:${rosaId}:no-such-screening`);
    expect((await whenClosed(unknown)).code).toBe(CLOSE_CODES.notFound);
    // The family reads no results.
    expect((await (await signedIn(server.url, 'caregiver')).get(`/api/patients/${rosaId}/screenings`)).status).toBe(403);
  });

  it('the screening deadline closes only when a screening is completed, not when a risk level is set', async () => {
    const enrolled = await (await coordinator.post('/api/patients', { name: 'Ida Brown', dateOfBirth: '1950-02-02', memberNumber: 'MBR-9', enrollmentDate: '2026-11-01' })).json() as { id: string };
    const screeningItem = async () => ((await (await coordinator.get(`/api/patients/${enrolled.id}/tracking`)).json()).items as WorkItem[]).find((i) => i.kind === 'screening')!;
    expect((await coordinator.post(`/api/patients/${enrolled.id}/risk`, { riskLevel: 'Low', reason: 'Seems well' })).status).toBe(201);
    expect((await screeningItem()).status).not.toBe('done');
    expect((await (await coordinator.get(`/api/patients/${enrolled.id}`)).json()).screeningStatus).not.toBe('done');
    const { id, documentName } = await (await coordinator.post(`/api/patients/${enrolled.id}/screenings`, {})).json() as { id: string; documentName: string };
    const doc = connect(coordinator, documentName);
    await whenSynced(doc);
    answer(doc, LOW_RISK_ANSWERS);
    await doc.whenSaved();
    expect((await coordinator.post(`/api/patients/${enrolled.id}/screenings/${id}/complete`)).status).toBe(204);
    expect((await screeningItem()).status).toBe('done');
    expect((await (await coordinator.get(`/api/patients/${enrolled.id}`)).json()).screeningStatus).toBe('done');
  });
});
