import { expect, it } from 'vitest';
import type { PatientRecord, SearchEntryRecord, Store } from '../../server/src/storage/port';

const marked = (word: string) => `\u0002${word}\u0003`;

const entry = (key: string, over: Partial<SearchEntryRecord> = {}): SearchEntryRecord => ({
  key, group: 'plan:p-1:clinical', kind: 'plan', patientId: 'p-1', scope: 'p-1:plan:clinical', ref: `{"item":"${key}"}`,
  title: '', body: '', updatedAt: '2026-01-01T00:00:00.000Z', ...over,
});

const patient = (id: string, name: string, memberNumber: string, dateOfBirth: string): PatientRecord => ({
  id, name, memberNumber, dateOfBirth, enrollmentDate: '2026-01-01', riskLevel: null, riskSetBy: null, riskSetAt: null, createdAt: '2026-01-01T00:00:00.000Z',
});

/**
 * The full-text index: part of the store contract, called inside its `describe`.
 * Words are whole words here: prefixes match on the embedded store only (docs/search.md).
 */
export function searchStoreContract(store: () => Store): void {
  it('search: every word must match, only in the scopes named, title matches first, matches marked', async () => {
    const search = store().search;
    await search.replaceGroup('plan:p-1:clinical', [
      entry('mobility', { title: 'Mobility at home', body: 'Uses a walker since the fall in March.' }),
      entry('walker', { title: 'Walker delivered', body: 'The physical therapist fitted it.' }),
      entry('oxygen', { title: 'Home oxygen', body: 'Oxygen concentrator, two litres at night.' }),
    ]);
    await search.replaceGroup('plan:p-1:substanceUse', [entry('hidden', { group: 'plan:p-1:substanceUse', scope: 'p-1:plan:substanceUse', title: 'Walker', body: 'walker' })]);

    const hits = await search.findEntries({ words: ['walker'], scopes: ['p-1:plan:clinical'], limit: 10 });
    expect(hits.map((h) => h.key)).toEqual(['walker', 'mobility']);
    expect(hits[0]).toMatchObject({ kind: 'plan', patientId: 'p-1', scope: 'p-1:plan:clinical', ref: '{"item":"walker"}', title: `${marked('Walker')} delivered` });
    expect(hits[1]!.snippet).toContain(marked('walker'));
    expect(hits[1]!.title).toBe('Mobility at home');

    expect((await search.findEntries({ words: ['walker', 'march'], scopes: ['p-1:plan:clinical'], limit: 10 })).map((h) => h.key)).toEqual(['mobility']);
    expect(await search.findEntries({ words: ['walker', 'oxygen'], scopes: ['p-1:plan:clinical'], limit: 10 })).toEqual([]);
    expect((await search.findEntries({ words: ['walker'], scopes: ['p-1:plan:clinical', 'p-1:plan:substanceUse'], limit: 1 })).length).toBe(1);
    expect(await search.findEntries({ words: ['walker'], scopes: ['p-2:plan:clinical'], limit: 10 })).toEqual([]);
    expect(await search.findEntries({ words: ['walker'], scopes: [], limit: 10 })).toEqual([]);
  });

  it('search: replacing a group replaces its passages; an empty list removes them; other groups stay', async () => {
    const search = store().search;
    await search.replaceGroup('note:p-1:n-1', [entry('note:p-1:n-1', { group: 'note:p-1:n-1', kind: 'note', scope: 'p-1:note:team:none', body: 'Daughter visits on Sundays' })]);
    await search.replaceGroup('note:p-1:n-2', [entry('note:p-1:n-2', { group: 'note:p-1:n-2', kind: 'note', scope: 'p-1:note:team:none', body: 'Sundays are quiet' })]);
    await search.replaceGroup('note:p-1:n-1', [entry('note:p-1:n-1', { group: 'note:p-1:n-1', kind: 'note', scope: 'p-1:note:team:none', body: 'Son visits on Saturdays' })]);
    const find = (word: string) => search.findEntries({ words: [word], scopes: ['p-1:note:team:none'], limit: 10 }).then((hits) => hits.map((h) => h.key));
    expect(await find('daughter')).toEqual([]);
    expect(await find('saturdays')).toEqual(['note:p-1:n-1']);
    expect(await find('sundays')).toEqual(['note:p-1:n-2']);
    await search.replaceGroup('note:p-1:n-1', []);
    expect(await find('saturdays')).toEqual([]);
    expect(await find('sundays')).toEqual(['note:p-1:n-2']);
  });

  it('search: stale marks are kept until their group is indexed; a rebuild starts empty and records its version when done', async () => {
    const search = store().search;
    await search.markStale('plan:p-1:shared');
    await search.markStale('plan:p-1:shared');
    await search.markStale('note:p-1:n-9');
    expect(await search.staleGroups(10)).toEqual(['note:p-1:n-9', 'plan:p-1:shared']);
    expect(await search.staleGroups(1)).toHaveLength(1);
    await search.replaceGroup('plan:p-1:shared', [entry('goal', { group: 'plan:p-1:shared', scope: 'p-1:plan:shared', title: 'Garden again' })]);
    expect(await search.staleGroups(10)).toEqual(['note:p-1:n-9']);

    expect(await search.builtVersion()).toBe(0);
    await search.finishRebuild(3);
    expect(await search.builtVersion()).toBe(3);
    await search.startRebuild();
    expect(await search.builtVersion()).toBe(0);
    expect(await search.staleGroups(10)).toEqual([]);
    expect(await search.findEntries({ words: ['garden'], scopes: ['p-1:plan:shared'], limit: 10 })).toEqual([]);
    await search.finishRebuild(4);
    expect(await search.builtVersion()).toBe(4);
  });

  it('search: patients by name, member number or date of birth, only among those named, kept in step with their records', async () => {
    await store().patients.create(patient('p-1', 'Rosa Delgado', 'MBR-100234', '1948-03-14'));
    await store().patients.create(patient('p-2', 'Rosa Martin', 'MBR-200777', '1950-06-01'));
    await store().patients.create(patient('p-3', 'Walter Kim', 'MBR-100871', '1956-11-02'));
    // Patients stored before the index existed are read into it by a rebuild.
    await store().search.startRebuild();
    const find = (words: string[], patientIds = ['p-1', 'p-2', 'p-3']) => store().search.findPatients({ words, patientIds, limit: 10 });

    expect((await find(['rosa'])).map((p) => p.patientId).sort()).toEqual(['p-1', 'p-2']);
    expect((await find(['rosa'], ['p-2', 'p-3'])).map((p) => p.patientId)).toEqual(['p-2']);
    expect(await find(['rosa', 'delgado'])).toEqual([{ patientId: 'p-1', name: `${marked('Rosa')} ${marked('Delgado')}`, memberNumber: 'MBR-100234', dateOfBirth: '1948-03-14' }]);
    expect((await find(['100871']))[0]).toMatchObject({ patientId: 'p-3', memberNumber: `MBR-${marked('100871')}` });
    expect((await find(['1948', '03', '14'])).map((p) => p.patientId)).toEqual(['p-1']);
    expect(await find(['rosa'], [])).toEqual([]);

    await store().patients.updateDetails('p-3', { name: 'Walter Park' });
    expect((await find(['park'])).map((p) => p.patientId)).toEqual(['p-3']);
    expect(await find(['kim'])).toEqual([]);
  });
}
