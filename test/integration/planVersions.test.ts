import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

function goal(doc: Y.Doc, id: string, title: string): void {
  const item = new Y.Map<unknown>();
  item.set('title', title);
  item.set('status', 'active');
  doc.getMap('goals').set(id, item);
}

describe('signed plan versions', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('requires sign-in and denies other patients', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/plan/versions`)).status).toBe(401);
    const amaraCoordinator = await signedIn(server.url, 'chw');
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    expect((await amaraCoordinator.get(`/api/patients/${walterId}/plan/versions`)).status).toBe(404);
    expect((await amaraCoordinator.post(`/api/patients/${walterId}/plan/versions`, { title: 'x' })).status).toBe(404);
  });

  it('1. the team edits goals live; 2. the coordinator signs a "Quarterly review"; 3. more edits; 4. the version is read-only and compared with now', async () => {
    const plan = connectPlan(server.url, coordinator, rosaId, 'shared');
    await whenSynced(plan);
    goal(plan.doc, 'g-walk', 'Walk to church on Sundays');
    goal(plan.doc, 'g-home', 'Stay in her own home');
    await plan.whenSaved();

    const signed = await coordinator.post(`/api/patients/${rosaId}/plan/versions`, { title: 'Quarterly review' });
    expect(signed.status).toBe(201);
    const version = await signed.json();
    expect(version).toMatchObject({ title: 'Quarterly review', signedBy: { name: 'Maya Chen' } });

    (plan.doc.getMap('goals').get('g-walk') as Y.Map<unknown>).set('status', 'achieved');
    plan.doc.getMap('goals').delete('g-home');
    goal(plan.doc, 'g-garden', 'Tend the garden again');
    await plan.whenSaved();

    const res = await coordinator.get(`/api/patients/${rosaId}/plan/versions/${version.id}/shared`);
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.content.goals['g-walk']).toEqual({ title: 'Walk to church on Sundays', status: 'active' });
    const changes = Object.fromEntries(view.changes.map((c: { itemId: string; change: string }) => [c.itemId, c.change]));
    expect(changes).toEqual({ 'g-walk': 'changed', 'g-home': 'removed', 'g-garden': 'added' });

    const list = await (await coordinator.get(`/api/patients/${rosaId}/plan/versions`)).json();
    expect(list.versions.map((v: { title: string }) => v.title)).toEqual(['Quarterly review']);
    plan.destroy();
  });

  it('keeps signed versions immutable in the store itself', async () => {
    const [version] = await server.services.store.planVersions.listForPatient(rosaId);
    const { openSqliteDatabase } = await import('../../server/src/storage/sqlite/database');
    const db = openSqliteDatabase(server.dataDir);
    expect(() => db.prepare('UPDATE plan_versions SET title = ? WHERE id = ?').run('Edited', version!.id)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM plan_versions WHERE id = ?').run(version!.id)).toThrow(/immutable/);
    db.close();
  });

  it('lets only coordinators and physicians sign, and keeps caregivers to the shared document', async () => {
    const pharmacist = await signedIn(server.url, 'pharmacist');
    expect((await pharmacist.post(`/api/patients/${rosaId}/plan/versions`, { title: 'Mine' })).status).toBe(403);
    const caregiver = await signedIn(server.url, 'caregiver');
    const [version] = (await (await caregiver.get(`/api/patients/${rosaId}/plan/versions`)).json()).versions;
    expect((await caregiver.get(`/api/patients/${rosaId}/plan/versions/${version.id}/shared`)).status).toBe(200);
    expect((await caregiver.get(`/api/patients/${rosaId}/plan/versions/${version.id}/clinical`)).status).toBe(404);
    expect((await coordinator.post(`/api/patients/${rosaId}/plan/versions`, { title: '', signedBy: 'someone' })).status).toBe(400);
  });
});
