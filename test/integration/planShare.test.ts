import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { pdfText } from '../support/pdf';
import { startTestServer, type TestServer } from '../support/server';

interface Consent { preferences: Record<string, unknown> }

describe('sending the plan to a provider as a PDF', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  const ids: Record<string, string> = {};
  const share = (body: unknown, client = coordinator) => client.post(`/api/patients/${rosaId}/plan/shares`, body);
  /** Records a new consent version from the one in force with these providers. */
  const consentProviders = async (providers: unknown[]) => {
    const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as { current: Consent };
    const res = await coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current.preferences, providers }, method: 'written', givenOn: '2026-11-02' });
    expect(res.status).toBe(201);
    return ((await res.json()) as { version: number }).version;
  };

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const team = ((await (await coordinator.get(`/api/patients/${rosaId}`)).json()) as { careTeam: Array<{ userId: string; role: string }> }).careTeam;
    for (const m of team) ids[m.role] = m.userId;
    // Behavioral health content exists, so a copy can be checked for leaving it out.
    const behavioral = await signedIn(server.url, 'behavioral');
    const plan = connectPlan(server.url, behavioral, rosaId, 'sensitive');
    await whenSynced(plan);
    const item = new Y.Map<unknown>();
    item.set('title', 'Low mood since the hospital stay');
    item.set('status', 'being_addressed');
    plan.doc.getMap('behavioralHealth').set('bh-mood', item);
    await plan.whenSaved();
    plan.destroy();
  });
  afterAll(() => server.close());

  it('requires sign-in and denies other patients', async () => {
    expect((await share({ recipientId: 'x' }, new ApiClient(server.url))).status).toBe(401);
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/plan/shares`)).status).toBe(401);
    const admin = await signedIn(server.url, 'admin');
    expect((await share({ recipientId: ids.physician }, admin)).status).toBe(404);
    expect((await admin.get(`/api/patients/${rosaId}/plan/shares`)).status).toBe(404);
  });

  it('1. the coordinator sends the PCP the shared and clinical plan the consent covers; 2. the PDF holds those and not behavioral health; 3. it is recorded and audited', async () => {
    const res = await share({ recipientId: ids.physician });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const shareId = res.headers.get('x-plan-share-id');
    const { text, pages } = await pdfText(await res.arrayBuffer());
    expect(text).toContain('Rosa Delgado');
    expect(text).toContain('MBR-100234');
    expect(text).toContain('Dr. Samuel Okoro (designated primary care physician)');
    expect(text).toContain('current plan as of');
    expect(text).toContain('consent version 1');
    expect(text).toContain('Walk to the corner store');
    expect(text).toContain('Furosemide');
    expect(text).toContain('40 mg');
    expect(text).not.toContain('Low mood');
    expect(text).not.toContain('Behavioral health');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);

    const { shares } = await (await coordinator.get(`/api/patients/${rosaId}/plan/shares`)).json();
    expect(shares[0]).toMatchObject({
      id: shareId, recipient: { kind: 'team', name: 'Dr. Samuel Okoro' }, parts: ['shared', 'clinical'], format: 'pdf', planVersion: null,
      consentVersion: 1, sharedBy: { name: 'Maya Chen' },
    });
    const audit = await server.services.store.audit.list({ afterSeq: 0, limit: 10_000 });
    const entries = audit.filter((r) => r.type === 'plan.share' && r.resourceId === shareId);
    expect(entries.map((r) => [r.patientId, r.category, r.outcome])).toEqual([[rosaId, 'shared', 'success'], [rosaId, 'clinical', 'success']]);
  });

  it('an outside provider the consent names for the shared plan only gets the shared plan of a signed version', async () => {
    const version = await consentProviders([
      { kind: 'team', userId: ids.physician, parts: ['shared', 'clinical'] },
      { kind: 'external', id: 'ext-cardio', name: 'Dr. Lena Fox', organization: 'Heart Clinic', contact: 'Fax 555 0100', parts: ['shared'] },
    ]);
    const signed = await (await coordinator.post(`/api/patients/${rosaId}/plan/versions`, { title: 'Quarterly review' })).json();
    const res = await share({ recipientId: 'ext-cardio', versionId: signed.id });
    expect(res.status).toBe(201);
    const { text } = await pdfText(await res.arrayBuffer());
    expect(text).toContain('Dr. Lena Fox, Heart Clinic, Fax 555 0100');
    expect(text).toContain('version "Quarterly review"');
    expect(text).toContain('Walk to the corner store');
    expect(text).not.toContain('Furosemide');
    const { shares } = await (await coordinator.get(`/api/patients/${rosaId}/plan/shares`)).json();
    expect(shares[0]).toMatchObject({ recipient: { kind: 'external', name: 'Dr. Lena Fox' }, parts: ['shared'], consentVersion: version, planVersion: { title: 'Quarterly review' } });
  });

  it('behavioral health goes only where the consent names it, and the history hides it from those who may not read it', async () => {
    await consentProviders([{ kind: 'external', id: 'ext-psych', name: 'Dr. Ray Moss', organization: '', contact: 'ray@example.org', parts: ['sensitive'] }]);
    const res = await share({ recipientId: 'ext-psych' });
    expect(res.status).toBe(201);
    const shareId = res.headers.get('x-plan-share-id');
    const { text } = await pdfText(await res.arrayBuffer());
    expect(text).toContain('Low mood since the hospital stay');
    expect(text).not.toContain('Walk to the corner store');
    // The pharmacist may not read behavioral health: the copy is not in their history at all.
    const pharmacist = await signedIn(server.url, 'pharmacist');
    const theirs = await (await pharmacist.get(`/api/patients/${rosaId}/plan/shares`)).json();
    expect(theirs.shares.map((s: { id: string }) => s.id)).not.toContain(shareId);
    expect(theirs.shares.length).toBeGreaterThan(0);
  });

  it('without consent covering the recipient the share is refused with a sentence, and nothing is recorded', async () => {
    const before = (await (await coordinator.get(`/api/patients/${rosaId}/plan/shares`)).json()).shares.length;
    // The consent in force (previous test) no longer names the PCP.
    const res = await share({ recipientId: ids.physician });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe("The patient has not consented to share the plan with this provider. Record the patient's consent for them first.");
    expect((await share({ recipientId: 'nobody-named' })).status).toBe(403);
    expect((await (await coordinator.get(`/api/patients/${rosaId}/plan/shares`)).json()).shares.length).toBe(before);
    const denied = (await server.services.store.audit.list({ afterSeq: 0, limit: 10_000 })).filter((r) => r.type === 'plan.share' && r.outcome === 'denied');
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('only the coordinator sends copies; the family sees neither the copies nor their history', async () => {
    await consentProviders([{ kind: 'team', userId: ids.physician, parts: ['shared'] }]);
    const physician = await signedIn(server.url, 'physician');
    const caregiver = await signedIn(server.url, 'caregiver');
    expect((await share({ recipientId: ids.physician }, physician)).status).toBe(403);
    expect((await share({ recipientId: ids.physician }, caregiver)).status).toBe(403);
    const history = await caregiver.get(`/api/patients/${rosaId}/plan/shares`);
    expect(history.status).toBe(403);
    expect((await history.json()).error.message).toBe('Only the care team sees where the plan was sent.');
  });

  it('consent names only clinicians on the team as team providers, and asks for an outside provider\'s name and contact', async () => {
    const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as { current: Consent };
    const record = (providers: unknown[]) => coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current.preferences, providers }, method: 'verbal', givenOn: '2026-11-02' });
    const family = await record([{ kind: 'team', userId: ids.family_caregiver, parts: ['shared'] }]);
    expect(family.status).toBe(400);
    expect((await family.json()).error.fields).toEqual([
      expect.objectContaining({ path: 'preferences.providers.0.userId', message: 'Only clinicians on the care team can be chosen here; add any other provider by name.' }),
    ]);
    const blank = await record([{ kind: 'external', id: 'ext-x', name: ' ', organization: '', contact: '', parts: [] }]);
    expect(blank.status).toBe(400);
    const messages = (await blank.json()).error.fields.map((f: { message: string }) => f.message);
    expect(messages).toEqual(expect.arrayContaining([
      "Enter the provider's name.", 'Enter how to reach the provider (fax, secure message or address).', 'Choose at least one part of the plan to share with this provider.',
    ]));
  });
});
