import { buildPlanTree, INTERVENTION_GOAL_KEY, NEED_GOALS_KEY } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced, type PlanClient } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

const item = (title: string, fields: Record<string, unknown> = {}) => {
  const m = new Y.Map<unknown>();
  m.set('title', title);
  m.set('createdAt', new Date().toISOString());
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
};

/** One person's live copy of the plan. */
interface Person { shared: PlanClient; clinical: PlanClient }
const open = async (server: TestServer, client: ApiClient, patientId: string): Promise<Person> => {
  const person = { shared: connectPlan(server.url, client, patientId, 'shared'), clinical: connectPlan(server.url, client, patientId, 'clinical') };
  await Promise.all([whenSynced(person.shared), whenSynced(person.clinical)]);
  return person;
};
const tree = (p: Person) => buildPlanTree(p.clinical.doc.getMap('needs').toJSON(), p.shared.doc.getMap('goals').toJSON(), p.clinical.doc.getMap('interventions').toJSON());
const saved = (p: Person) => Promise.all([p.shared.whenSaved(), p.clinical.whenSaved()]);

describe('need → goal → intervention links through the server, under concurrent deletion', () => {
  let server: TestServer;
  let rosaId: string;
  let coordinator: ApiClient;
  let physician: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('1. the coordinator links a need to two goals; 2. the physician, offline, links and adds; 3. the coordinator deletes the need and a goal; 4. both end with the same tree and nothing lost', async () => {
    const maya = await open(server, coordinator, rosaId);
    const links = new Y.Map<boolean>();
    maya.clinical.doc.getMap('needs').set('n-hf', item('Heart failure', { [NEED_GOALS_KEY]: links }));
    maya.shared.doc.getMap('goals').set('g-weigh', item('Weigh myself every morning'));
    maya.shared.doc.getMap('goals').set('g-meds', item('Take my heart medicines'));
    links.set('g-weigh', true);
    links.set('g-meds', true);
    maya.clinical.doc.getMap('interventions').set('i-pillbox', item('Set up a pill organizer', { [INTERVENTION_GOAL_KEY]: 'g-meds' }));
    await saved(maya);

    const samuel = await open(server, physician, rosaId);
    expect(tree(samuel).needs.find((n) => n.id === 'n-hf')?.goals.map((g) => g.id).sort()).toEqual(['g-meds', 'g-weigh']);
    samuel.shared.provider.disconnect();
    samuel.clinical.provider.disconnect();

    // Offline, the physician adds a goal under the need and an intervention for "Take my heart medicines".
    samuel.shared.doc.getMap('goals').set('g-salt', item('Cook with less salt'));
    (samuel.clinical.doc.getMap<Y.Map<unknown>>('needs').get('n-hf')!.get(NEED_GOALS_KEY) as Y.Map<boolean>).set('g-salt', true);
    samuel.clinical.doc.getMap('interventions').set('i-refill', item('Synchronize refills', { [INTERVENTION_GOAL_KEY]: 'g-meds' }));
    // Meanwhile the coordinator deletes the need and the goal.
    maya.clinical.doc.getMap('needs').delete('n-hf');
    maya.shared.doc.getMap('goals').delete('g-meds');
    await saved(maya);

    samuel.shared.provider.connect();
    samuel.clinical.provider.connect();
    await waitFor(() => JSON.stringify(tree(samuel)) === JSON.stringify(tree(maya)) && maya.clinical.doc.getMap('interventions').has('i-refill'), 'both copies to converge', 30_000);
    await saved(samuel);

    // A fresh reader sees the same: the goals stay, unlinked; the interventions stay, unlinked.
    const reader = await open(server, coordinator, rosaId);
    const final = tree(reader);
    expect(final).toEqual(tree(maya));
    expect(final.needs.find((n) => n.id === 'n-hf')).toBeUndefined();
    expect(final.unlinkedGoals.map((g) => g.id)).toEqual(expect.arrayContaining(['g-weigh', 'g-salt']));
    // Rosa's demo plan has interventions of its own; these two are among the unlinked.
    expect(final.unlinkedInterventions.map((i) => i.id)).toEqual(expect.arrayContaining(['i-pillbox', 'i-refill']));
    expect(samuel.clinical.closed).toBeNull();
    [maya, samuel, reader].forEach((p) => { p.shared.destroy(); p.clinical.destroy(); });
  });
});
