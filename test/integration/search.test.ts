import type { NoteAnchor } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { matched, plain, planItems, searchAs } from '../support/search';
import { startTestServer, type TestServer } from '../support/server';
import { ask, key, socketPool } from '../support/socket';

describe('search: patients, huddle notes and plan text, only what the searcher may read', () => {
  let server: TestServer;
  let rosaId: string;
  const as: Record<string, ApiClient> = {};
  const sockets = socketPool(() => server.url);
  const post = async (who: string, body: string, extra: { anchor?: NoteAnchor; visibility?: 'team' | 'family' } = {}) => {
    const socket = await sockets.open(as[who]!, rosaId);
    const created = await ask(socket, 'note:create', { patientId: rosaId, body, mentions: [], idempotencyKey: key(), ...extra });
    const thread = created.thread as { id: string; notes: Array<{ id: string }> };
    return { socket, threadId: thread.id, noteId: thread.notes[0]!.id };
  };

  beforeAll(async () => {
    server = await startTestServer();
    for (const who of ['coordinator', 'physician', 'pharmacist', 'behavioral', 'caregiver', 'admin', 'nurse']) as[who] = await signedIn(server.url, who);
    rosaId = await patientIdByName(as.coordinator!, 'Rosa Delgado');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('requires sign-in', async () => {
    const res = await fetch(`${server.url}/api/search?q=rosa`);
    expect(res.status).toBe(401);
  });

  it('bad input gets a sentence beside the field, never a 500', async () => {
    for (const [path, sentence] of [
      ['/api/search', 'Type what you are looking for.'],
      ['/api/search?q=a', 'Type at least 2 letters or digits to search.'],
      ['/api/search?q=%3F%21%3F', 'Type at least one word or number to search for.'],
      [`/api/search?q=${'x'.repeat(201)}`, 'Search for at most 200 characters.'],
      ['/api/search?q=rosa&limit=500', 'Ask for at most 50 results.'],
      ['/api/search?q=rosa&q=walter', 'Type what you are looking for.'],
    ] as const) {
      const res = await as.coordinator!.get(path);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { fields: Array<{ path: string; message: string }> } };
      expect(body.error.fields[0], path).toMatchObject({ path: path.includes('limit') ? 'query.limit' : 'query.q', message: sentence });
    }
    // Operators and FTS syntax are just words.
    expect((await searchAs(as.coordinator!, 'rosa" OR NEAR(* ) AND -x')).patients).toEqual([]);
  });

  it('patients by name, member number and date of birth, on the searcher\'s teams only, matches marked', async () => {
    const byName = await searchAs(as.coordinator!, 'rosa delgado');
    expect(byName.patients.map((p) => p.patientId)).toEqual([rosaId]);
    expect(matched(byName.patients[0]!.name)).toEqual(['Rosa', 'Delgado']);
    expect((await searchAs(as.coordinator!, 'MBR-100234')).patients.map((p) => plain(p.name))).toEqual(['Rosa Delgado']);
    const byBirth = await searchAs(as.coordinator!, '1948-03-14');
    expect(byBirth.patients.map((p) => plain(p.name))).toEqual(['Rosa Delgado']);
    expect(matched(byBirth.patients[0]!.dateOfBirth)).toEqual(['1948', '03', '14']);
    // James Whitfield is coordinated by the nurse: the demo coordinator is not on his team.
    expect((await searchAs(as.coordinator!, 'whitfield')).patients).toEqual([]);
    expect((await searchAs(as.nurse!, 'whitfield')).patients.map((p) => plain(p.name))).toEqual(['James Whitfield']);
    // The organization admin is on no team.
    expect(await searchAs(as.admin!, 'rosa')).toEqual({ patients: [], content: [] });
  });

  it('plan text ranks title matches first and follows each plan document\'s readers', async () => {
    // "diabetes" is the title of a need and the indication of a medication: the title ranks first.
    const everyone = await searchAs(as.coordinator!, 'diabetes');
    const diabetes = { ...everyone, content: everyone.content.filter((h) => h.patientId === rosaId) };
    expect(planItems(diabetes)).toEqual(['demo-need-diabetes', 'demo-med-metformin']);
    expect(diabetes.content[0]).toMatchObject({ patientId: rosaId, patientName: 'Rosa Delgado', source: { kind: 'plan', audience: 'clinical', section: 'needs' } });
    expect(matched(diabetes.content[0]!.title)).toEqual(['diabetes']);
    expect(matched(diabetes.content[1]!.snippet)).toEqual(['diabetes']);

    // The clinical plan is the team's; the family caregiver reads only the shared plan.
    expect(planItems(await searchAs(as.caregiver!, 'diabetes'))).toEqual([]);
    expect(planItems(await searchAs(as.caregiver!, 'grandchildren'))).toEqual(['demo-matters-lunch']);
    // Behavioral health: its clinicians, the coordinator, and the physician Rosa consented to; not the pharmacist.
    for (const who of ['behavioral', 'coordinator', 'physician']) expect(planItems(await searchAs(as[who]!, 'low mood')), who).toEqual(['demo-bh-low-mood']);
    expect(planItems(await searchAs(as.pharmacist!, 'low mood'))).toEqual([]);
    // Substance use: the behavioral health clinician and the coordinator Rosa consented to; not the physician.
    for (const who of ['behavioral', 'coordinator']) expect(planItems(await searchAs(as[who]!, 'alcohol')), who).toEqual(['demo-su-alcohol']);
    expect(planItems(await searchAs(as.physician!, 'alcohol'))).toEqual([]);
  });

  it('1. notes are found as soon as they are stored; 2. team threads never reach the family; 3. a thread about a substance-use entry only its readers; 4. an edit replaces the words; 5. a retraction removes them', async () => {
    const team = await post('coordinator', 'Pill organizer refilled by the pharmacist every Friday');
    const family = await post('caregiver', 'Mom liked the new pill organizer', { visibility: 'family' });
    const restricted = await post('coordinator', 'Organizer hides the evening drinks', {
      anchor: { kind: 'planItem', audience: 'substanceUse', section: 'substanceUse', itemId: 'demo-su-alcohol' },
    });
    const notes = async (who: string, q: string) => (await searchAs(as[who]!, q)).content.flatMap((h) => (h.source.kind === 'note' ? [h.source.noteId] : []));

    expect((await notes('coordinator', 'organizer')).sort()).toEqual([team.noteId, family.noteId, restricted.noteId].sort());
    expect(await notes('caregiver', 'organizer')).toEqual([family.noteId]);
    expect((await notes('physician', 'organizer')).sort()).toEqual([team.noteId, family.noteId].sort());
    expect((await notes('behavioral', 'organizer')).sort()).toEqual([team.noteId, family.noteId, restricted.noteId].sort());
    const hit = (await searchAs(as.coordinator!, 'friday')).content[0]!;
    expect(hit).toMatchObject({ patientName: 'Rosa Delgado', source: { kind: 'note', threadId: team.threadId, noteId: team.noteId }, title: [] });
    expect(matched(hit.snippet)).toEqual(['Friday']);

    expect((await ask(team.socket, 'note:edit', { patientId: rosaId, noteId: team.noteId, body: 'Blister packs from the pharmacy every Monday', mentions: [] })).ok).toBe(true);
    expect(await notes('coordinator', 'friday')).toEqual([]);
    expect(await notes('coordinator', 'blister monday')).toEqual([team.noteId]);

    expect((await ask(team.socket, 'note:retract', { patientId: rosaId, noteId: team.noteId, reason: 'Wrong patient' })).ok).toBe(true);
    expect(await notes('coordinator', 'blister')).toEqual([]);
  });

  it('highlights are pieces of text: markup in a note comes back as the words typed, never as markup', async () => {
    const { noteId } = await post('coordinator', '<img src=x onerror="alert(1)"> zebra <b>stripes</b>');
    const hit = (await searchAs(as.coordinator!, 'zebra')).content.find((h) => h.source.kind === 'note' && h.source.noteId === noteId)!;
    expect(plain(hit.snippet)).toBe('<img src=x onerror="alert(1)"> zebra <b>stripes</b>');
    expect(matched(hit.snippet)).toEqual(['zebra']);
  });

  it('every search is audited, naming each patient shown and what of theirs (never the words searched for)', async () => {
    const me = ((await (await as.physician!.get('/api/me')).json()) as { id: string }).id;
    let after = 0;
    for await (const r of server.services.store.audit.iterateAll()) after = r.seq;
    await searchAs(as.physician!, 'heart failure');
    await searchAs(as.physician!, 'nothing matches this qqqq');
    const records = await server.services.store.audit.list({ afterSeq: after, userId: me, limit: 100 });
    const searches = records.filter((r) => r.type === 'search');
    expect(searches.map((r) => [r.patientId, r.resourceType, r.category])).toEqual([[rosaId, 'CarePlan', 'clinical'], [null, 'Patient', null]]);
    expect(JSON.stringify(records)).not.toMatch(/heart|failure|qqqq/i);
  });

  it('a family caregiver the patient stops sharing with finds nothing of hers', async () => {
    expect((await searchAs(as.caregiver!, 'rosa')).patients).toHaveLength(1);
    const { current } = (await (await as.coordinator!.get(`/api/patients/${rosaId}/consent`)).json()) as { current: { preferences: Record<string, unknown> } };
    const recorded = await as.coordinator!.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current.preferences, family: [] }, method: 'verbal', givenOn: '2026-11-01' });
    expect(recorded.status).toBe(201);
    expect(await searchAs(as.caregiver!, 'rosa')).toEqual({ patients: [], content: [] });
    expect(await searchAs(as.caregiver!, 'grandchildren')).toEqual({ patients: [], content: [] });
  });
});

describe('search is rate limited per session', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ searchPerMinute: 3 });
  });
  afterAll(() => server.close());

  it('the fourth search in a minute gets 429 with a sentence; other requests still work', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    for (let i = 0; i < 3; i += 1) await searchAs(coordinator, 'rosa');
    const refused = await coordinator.get('/api/search?q=rosa');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Too many requests; please wait a minute.');
    expect((await coordinator.get('/api/patients')).status).toBe(200);
  });
});
