import { APPLIED_TEMPLATES_MAP, buildPlanTree, FROM_TEMPLATE_KEY } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPlan, whenSynced, type PlanClient } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

/** The need → goal → intervention tree as titles, read from two live plan clients. */
function treeOf(shared: PlanClient, clinical: PlanClient) {
  const tree = buildPlanTree(clinical.doc.getMap('needs').toJSON(), shared.doc.getMap('goals').toJSON(), clinical.doc.getMap('interventions').toJSON());
  const goal = (g: { title: string; interventions: Array<{ title: string }> }) => ({ goal: g.title, interventions: g.interventions.map((i) => i.title) });
  return {
    needs: tree.needs.map((n) => ({ need: n.title, goals: n.goals.map(goal) })),
    unlinkedGoals: tree.unlinkedGoals.map(goal),
    unlinkedInterventions: tree.unlinkedInterventions.map((i) => i.title),
  };
}

describe('plan templates: the library and applying one to a live plan', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let amaraId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    amaraId = await patientIdByName(coordinator, 'Amara Okafor');
  });
  afterAll(() => server.close());

  const apply = (client: ApiClient, patientId: string, deselected: string[] = [], version = 1, templateId = 'heart-failure') =>
    client.post(`/api/patients/${patientId}/plan/templates`, { templateId, version, deselected });

  it('requires sign-in and denies other patients', async () => {
    expect((await new ApiClient(server.url).get('/api/plan-templates')).status).toBe(401);
    expect((await apply(new ApiClient(server.url), amaraId)).status).toBe(401);
    const pharmacist = await signedIn(server.url, 'pharmacist');
    expect((await apply(pharmacist, amaraId)).status).toBe(404);
  });

  it('ships at least eight templates, each with a cited source, for staff only', async () => {
    const list = await (await coordinator.get('/api/plan-templates')).json();
    expect(list.templates.length).toBeGreaterThanOrEqual(8);
    for (const t of list.templates) {
      const full = await (await coordinator.get(`/api/plan-templates/${t.id}`)).json();
      expect(full.template.sources[0].url).toMatch(/^https:\/\//);
    }
    const caregiver = await signedIn(server.url, 'caregiver');
    expect((await caregiver.get('/api/plan-templates')).status).toBe(403);
  });

  it('applying a template with two items deselected writes exactly the rest', async () => {
    // 1. The physician has Amara's clinical plan open while the coordinator applies the template.
    const physician = await signedIn(server.url, 'physician');
    const watching = connectPlan(server.url, physician, amaraId, 'clinical');
    await whenSynced(watching);

    // 2. The coordinator deselects one goal and one intervention of "Heart failure" and applies it.
    const res = await apply(coordinator, amaraId, ['hf-goal-meds', 'hf-int-scale']);
    expect(res.status).toBe(201);
    const applied = await res.json();
    expect(applied).toMatchObject({ templateId: 'heart-failure', version: 1 });
    expect([applied.needs.length, applied.goals.length, applied.interventions.length]).toEqual([1, 1, 3]);

    // 3. A fresh y-websocket client reads exactly the rest back; the deselected goal's interventions stay, unlinked.
    const shared = connectPlan(server.url, coordinator, amaraId, 'shared');
    const clinical = connectPlan(server.url, coordinator, amaraId, 'clinical');
    await Promise.all([whenSynced(shared), whenSynced(clinical)]);
    expect(treeOf(shared, clinical)).toEqual({
      needs: [{
        need: 'Heart failure: risk of fluid build-up and readmission',
        goals: [{ goal: 'Weigh myself every morning and know when to call', interventions: ['Teach daily weights, symptom diary and when to call (teach-back)'] }],
      }],
      unlinkedGoals: [],
      unlinkedInterventions: ['Cardiology or PCP review of guideline-directed medicines and doses', 'Set up a pill organizer and refill synchronization with the pharmacy'],
    });
    const goal = shared.doc.getMap('goals').toJSON()[applied.goals[0]];
    expect(goal).toMatchObject({ status: 'proposed', targetValue: expect.stringContaining('dry weight'), targetDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const intervention = clinical.doc.getMap('interventions').toJSON()[applied.interventions[0]];
    expect(intervention).toMatchObject({ status: 'open', owner: '', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    // 4. The plan remembers which version it was built from; the items name that application.
    const [record] = Object.values(clinical.doc.getMap(APPLIED_TEMPLATES_MAP).toJSON()) as Array<Record<string, unknown>>;
    expect(record).toMatchObject({ templateId: 'heart-failure', version: 1, title: 'Heart failure' });
    expect(intervention[FROM_TEMPLATE_KEY]).toBe(record!.id);

    // 5. The physician saw it arrive live, and the items are attributed to the coordinator.
    await waitFor(() => watching.doc.getMap('interventions').size === 3, 'the open plan to receive the interventions');
    const attribution = await (await coordinator.get(`/api/patients/${amaraId}/plan/clinical/attribution`)).json();
    expect(attribution.items.filter((a: { itemKey: string }) => a.itemKey.startsWith('interventions/')).map((a: { name: string }) => a.name)).toEqual(['Maya Chen', 'Maya Chen', 'Maya Chen']);

    // 6. The application is in the audit trail, for both documents.
    const trail = await server.services.store.audit.list({ afterSeq: 0, limit: 10_000 });
    expect(trail.filter((r) => r.type === 'plan.template.apply' && r.outcome === 'success').map((r) => r.category).sort()).toEqual(['clinical', 'shared']);
    [watching, shared, clinical].forEach((c) => c.destroy());
  });

  it("the demo shows a plan built from an older template version, with a goal of the member's own left unlinked", async () => {
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    const shared = connectPlan(server.url, coordinator, walterId, 'shared');
    const clinical = connectPlan(server.url, coordinator, walterId, 'clinical');
    await Promise.all([whenSynced(shared), whenSynced(clinical)]);
    const tree = treeOf(shared, clinical);
    expect(tree.needs).toHaveLength(1);
    expect(tree.needs[0]!.goals.map((g) => g.goal)).toEqual(['Bring my blood sugar into a safe range', 'Keep up with my eye, foot and kidney checks']);
    expect(tree.unlinkedGoals.map((g) => g.goal)).toEqual(['Walk 30 minutes after dinner, five days a week']);
    expect(Object.values(clinical.doc.getMap(APPLIED_TEMPLATES_MAP).toJSON())).toEqual([expect.objectContaining({ templateId: 'diabetes', version: 1 })]);
    expect((await (await coordinator.get('/api/plan-templates/diabetes')).json()).version).toBe(2);
    shared.destroy();
    clinical.destroy();
  });

  it('refuses deselections that are not in the template, and an empty selection, with sentences', async () => {
    const unknown = await apply(coordinator, amaraId, ['not-in-template']);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.fields[0].message).toBe('Choose items from this version of the template.');
    const all = ['hf-need-fluid', 'hf-goal-weights', 'hf-int-teach', 'hf-int-scale', 'hf-goal-meds', 'hf-int-titrate', 'hf-int-pillbox'];
    expect((await (await apply(coordinator, amaraId, all)).json()).error.fields[0].message).toBe('Keep at least one item to add to the plan.');
    expect((await apply(coordinator, amaraId, [], 99)).status).toBe(404);
  });

  it("only the patient's coordinator applies: the physician and the family are refused", async () => {
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const physician = await signedIn(server.url, 'physician');
    expect((await apply(physician, rosaId)).status).toBe(403);
    const caregiver = await signedIn(server.url, 'caregiver');
    expect((await apply(caregiver, rosaId)).status).toBe(403);
    const denied = (await server.services.store.audit.list({ afterSeq: 0, limit: 10_000 })).filter((r) => r.type === 'plan.template.apply' && r.outcome === 'denied');
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('1. an admin edits a template into version 2; 2. a stale edit conflicts; 3. plans built from version 1 keep naming it', async () => {
    const admin = await signedIn(server.url, 'admin');
    const v1 = await (await admin.get('/api/plan-templates/hypertension')).json();
    const edited = { ...v1.template, title: 'High blood pressure (home monitoring)' };
    const saved = await admin.request('PUT', '/api/admin/plan-templates/hypertension', { baseVersion: 1, template: edited });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ version: 2, createdBy: { name: 'Jordan Lee' }, template: { title: 'High blood pressure (home monitoring)' } });
    expect((await admin.request('PUT', '/api/admin/plan-templates/hypertension', { baseVersion: 1, template: edited })).status).toBe(409);
    expect((await (await admin.get('/api/plan-templates/hypertension?version=1')).json()).template.title).toBe('High blood pressure');

    expect((await apply(coordinator, amaraId, [], 1, 'hypertension')).status).toBe(201);
    const clinical = connectPlan(server.url, coordinator, amaraId, 'clinical');
    await whenSynced(clinical);
    const records = Object.values(clinical.doc.getMap(APPLIED_TEMPLATES_MAP).toJSON()) as Array<{ templateId: string; version: number }>;
    expect(records.find((r) => r.templateId === 'hypertension')).toMatchObject({ version: 1 });
    clinical.destroy();
  });

  it('only admins add templates, and a template must be measurable and cited', async () => {
    const good = {
      title: 'Chronic kidney disease', description: 'Slowing progression.', sources: [{ title: 'KDIGO 2024 CKD Guideline', url: 'https://kdigo.org/guidelines/ckd-evaluation-and-management/' }],
      needs: [{ id: 'ckd', title: 'CKD stage 3', domain: 'medical', goals: [{ id: 'ckd-g', title: 'Protect my kidneys', targetValue: 'eGFR stable', interventions: [{ id: 'ckd-i', title: 'Order urine albumin', dueInDays: 30 }] }] }],
    };
    expect((await coordinator.post('/api/admin/plan-templates', good)).status).toBe(403);
    const admin = await signedIn(server.url, 'admin');
    const created = await admin.post('/api/admin/plan-templates', good);
    expect(created.status).toBe(201);
    const unmeasurable = { ...good, needs: [{ ...good.needs[0], goals: [{ id: 'g', title: 'Feel better', interventions: [] }] }] };
    const bad = await admin.post('/api/admin/plan-templates', { ...unmeasurable, sources: [] });
    expect(bad.status).toBe(400);
    const messages = (await bad.json()).error.fields.map((f: { message: string }) => f.message);
    expect(messages).toEqual(expect.arrayContaining(['Cite at least one source.', 'Give each goal a target or a target date, so that it can be measured.']));
  });
});
