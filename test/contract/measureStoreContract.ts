import { expect, it } from 'vitest';
import type { Store } from '../../server/src/storage/port';

const at = '2026-01-01T00:00:00.000Z';

/** The program measures' bulk reads: part of the store contract, called inside its `describe`. */
export function measureStoreContract(store: () => Store): void {
  it('measure facts: members with their lead coordinator, clinical items of the kinds asked, reached days; all or one caseload', async () => {
    const s = store();
    const patient = (id: string, riskLevel: 'High' | null) => s.patients.create({
      id, name: `Patient ${id}`, dateOfBirth: '1950-01-01', memberNumber: `M-${id}`, enrollmentDate: '2026-01-05', riskLevel, riskSetBy: null, riskSetAt: null, createdAt: at,
    });
    await patient('p-1', 'High');
    await patient('p-2', null);
    await patient('p-3', null);
    // p-1: a non-lead coordinator joined first, the lead later; p-2: coordinated by u-2 only; p-3: no coordinator.
    await s.careTeams.add({ patientId: 'p-1', userId: 'u-9', role: 'care_coordinator', isLead: false, joinedAt: '2026-01-01T00:00:00.000Z' });
    await s.careTeams.add({ patientId: 'p-1', userId: 'u-1', role: 'care_coordinator', isLead: true, joinedAt: '2026-01-02T00:00:00.000Z' });
    await s.careTeams.add({ patientId: 'p-1', userId: 'u-5', role: 'physician', isLead: false, joinedAt: at });
    await s.careTeams.add({ patientId: 'p-2', userId: 'u-2', role: 'care_coordinator', isLead: true, joinedAt: at });
    await s.careTeams.add({ patientId: 'p-3', userId: 'u-5', role: 'physician', isLead: false, joinedAt: at });
    const sorted = <T extends { patientId: string }>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(await s.measureFacts.members(null))).toEqual([
      { patientId: 'p-1', enrollmentDate: '2026-01-05', riskLevel: 'High', coordinatorId: 'u-1' },
      { patientId: 'p-2', enrollmentDate: '2026-01-05', riskLevel: null, coordinatorId: 'u-2' },
      { patientId: 'p-3', enrollmentDate: '2026-01-05', riskLevel: null, coordinatorId: null },
    ]);
    // u-9 coordinates p-1 without leading it: the caseload read returns it, with its lead.
    expect(await s.measureFacts.members('u-9')).toEqual([{ patientId: 'p-1', enrollmentDate: '2026-01-05', riskLevel: 'High', coordinatorId: 'u-1' }]);
    expect(await s.measureFacts.members('u-5')).toEqual([]);

    const item = (id: string, patientId: string, kind: string, category: 'clinical' | 'substanceUse') => s.tracking.insert({
      id, patientId, kind, category, data: `{"n":"${id}"}`, ownerId: null, createdAt: at, updatedAt: at,
    });
    await item('t-1', 'p-1', 'screening', 'clinical');
    await item('t-2', 'p-1', 'care_gap', 'clinical');
    await item('t-3', 'p-2', 'transition', 'clinical');
    await item('t-4', 'p-2', 'transition', 'substanceUse');
    expect(sorted(await s.measureFacts.clinicalItems(null, ['screening', 'transition']))).toEqual([
      { patientId: 'p-1', kind: 'screening', data: '{"n":"t-1"}', createdAt: at },
      { patientId: 'p-2', kind: 'transition', data: '{"n":"t-3"}', createdAt: at },
    ]);
    expect(await s.measureFacts.clinicalItems('u-2', ['screening', 'transition'])).toEqual([{ patientId: 'p-2', kind: 'transition', data: '{"n":"t-3"}', createdAt: at }]);
    expect(await s.measureFacts.clinicalItems(null, [])).toEqual([]);

    const attempt = (id: string, patientId: string, attemptedOn: string, reached: string, outcome: string) => s.outreach.insert({
      id, patientId, channel: 'phone', direction: 'outbound', reached, outcome, attemptedOn, note: '', nextAttemptOn: null, purpose: 'screening', targetId: null, by: 'u-1', recordedAt: at,
    });
    await attempt('a-1', 'p-1', '2026-02-01', 'member', 'reached');
    await attempt('a-2', 'p-1', '2026-01-31', 'caregiver', 'reached');
    await attempt('a-3', 'p-1', '2026-02-03', 'provider', 'reached');
    await attempt('a-4', 'p-2', '2026-02-04', 'nobody', 'left_message');
    await attempt('a-5', 'p-2', '2026-02-05', 'caregiver', 'reached');
    await attempt('a-6', 'p-1', '2026-01-20', 'member', 'reached');
    expect(sorted(await s.measureFacts.reachedDays(null, '2026-02-01'))).toEqual([{ patientId: 'p-1', days: ['2026-02-01'] }, { patientId: 'p-2', days: ['2026-02-05'] }]);
    // One row per member, its days ascending whatever the order they were recorded in.
    expect(await s.measureFacts.reachedDays('u-1', '2026-01-01')).toEqual([{ patientId: 'p-1', days: ['2026-01-20', '2026-01-31', '2026-02-01'] }]);
  });
}
