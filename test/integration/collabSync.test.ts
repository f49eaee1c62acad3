import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

describe('live care plan sync', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let walterId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(() => server.close());

  it('1. coordinator and physician open the clinical plan; 2. each sees the other\'s edits; 3. the server stores them with attribution', async () => {
    const a = connectPlan(server.url, coordinator, walterId, 'clinical');
    const b = connectPlan(server.url, physician, walterId, 'clinical');
    await Promise.all([whenSynced(a), whenSynced(b)]);

    const goal = new Y.Map<unknown>();
    goal.set('title', 'Walk 20 minutes a day');
    a.doc.getMap('interventions').set('int-1', goal);
    await waitFor(() => b.doc.getMap('interventions').has('int-1'), 'physician to see the intervention');
    (b.doc.getMap('interventions').get('int-1') as Y.Map<unknown>).set('owner', 'physician');
    await waitFor(() => (a.doc.getMap('interventions').get('int-1') as Y.Map<unknown>).get('owner') === 'physician', 'coordinator to see the owner');
    await Promise.all([a.whenSaved(), b.whenSaved()]);

    const res = await coordinator.get(`/api/patients/${walterId}/plan/clinical/attribution`);
    expect(res.status).toBe(200);
    const { items } = await res.json();
    // Walter's demo plan has items of its own; this one was last changed by the physician.
    expect(items.filter((i: { itemKey: string }) => i.itemKey === 'interventions/int-1')).toEqual([expect.objectContaining({ itemKey: 'interventions/int-1', name: 'Dr. Samuel Okoro' })]);
    a.destroy();
    b.destroy();
  });

  it('shows presence with the identity from the session, whatever the client claims', async () => {
    const a = connectPlan(server.url, coordinator, walterId, 'shared');
    const b = connectPlan(server.url, physician, walterId, 'shared');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    b.provider.awareness.setLocalState({ user: { userId: 'someone-else', name: 'Chief of Medicine' }, section: 'goals' });
    await waitFor(() => a.provider.awareness.getStates().has(b.doc.clientID), 'coordinator to see the physician');
    const state = a.provider.awareness.getStates().get(b.doc.clientID) as { user: { name: string; role: string }; section: string };
    expect(state.user).toMatchObject({ name: 'Dr. Samuel Okoro', role: 'physician' });
    expect(state.section).toBe('goals');
    a.destroy();
    b.destroy();
  });

  it('denies attribution of another patient and requires sign-in', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    expect((await caregiver.get(`/api/patients/${walterId}/plan/shared/attribution`)).status).toBe(404);
    const rosaId = await patientIdByName(caregiver, 'Rosa Delgado');
    expect((await caregiver.get(`/api/patients/${rosaId}/plan/clinical/attribution`)).status).toBe(404);
    expect((await caregiver.get(`/api/patients/${rosaId}/plan/shared/attribution`)).status).toBe(200);
    const anonymous = await fetch(`${server.url}/api/patients/${walterId}/plan/shared/attribution`);
    expect(anonymous.status).toBe(401);
  });
});
