import { describe, expect, it } from 'vitest';
import type { EnrollmentEpisodeRecord, PatientRecord, TrackedItemRecord } from '../../storage/port';
import { deadlinesFor } from '../worklist/deadlinesFor';
import { currentEpisode, episodesOf, isEnrolled } from './episodes';

const patient: PatientRecord = {
  id: 'p-1', name: 'Rosa', dateOfBirth: '1948-03-14', memberNumber: 'M-1', enrollmentDate: '2025-01-10', riskLevel: 'High', riskSetBy: null, riskSetAt: null, createdAt: '2025-01-10T00:00:00.000Z',
};
const stored = (id: string, startedOn: string, endedOn: string | null, endReason: string | null = null, patientId = 'p-1'): EnrollmentEpisodeRecord => ({
  id, patientId, program: 'care_coordination', startedOn, endedOn, endReason, startedBy: 'u-1', endedBy: endedOn ? 'u-1' : null, createdAt: `${startedOn}T09:00:00.000Z`,
});
const screened = (on: string): TrackedItemRecord => ({
  id: `s-${on}`, patientId: 'p-1', kind: 'screening', category: 'clinical', data: JSON.stringify({ screenedOn: on }), ownerId: null, createdAt: `${on}T00:00:00.000Z`, updatedAt: `${on}T00:00:00.000Z`,
});

describe('enrollment episodes', () => {
  it('a member with none stored has one running episode from the enrollment date', () => {
    expect(episodesOf(patient, [])).toEqual([{ program: 'care_coordination', startedOn: '2025-01-10' }]);
    expect(isEnrolled(episodesOf(patient, []))).toBe(true);
  });

  it('lists stored episodes oldest first, ignores other members, and ends only those that ended', () => {
    const records = [stored('e-2', '2026-02-01', null), stored('e-1', '2025-01-10', '2025-12-31', 'moved'), stored('x', '2026-01-01', null, null, 'p-2')];
    expect(episodesOf(patient, records)).toEqual([
      { program: 'care_coordination', startedOn: '2025-01-10', endedOn: '2025-12-31', endReason: 'moved' },
      { program: 'care_coordination', startedOn: '2026-02-01' },
    ]);
    expect(currentEpisode(episodesOf(patient, records)).startedOn).toBe('2026-02-01');
    expect(isEnrolled(episodesOf(patient, [stored('e-1', '2025-01-10', '2025-12-31', 'deceased')]))).toBe(false);
  });
});

describe('deadlines follow the current episode', () => {
  const today = '2026-02-20';
  const screening = (items: TrackedItemRecord[], records: EnrollmentEpisodeRecord[]) =>
    deadlinesFor(patient, items, today, undefined, [], currentEpisode(episodesOf(patient, records))).find((d) => d.kind === 'screening');

  it('a disenrolled member has no deadlines at all', () => {
    expect(deadlinesFor(patient, [], today, undefined, [], currentEpisode(episodesOf(patient, [stored('e-1', '2025-01-10', '2026-01-31', 'graduated')])))).toEqual([]);
  });

  it('a re-enrolled member owes a new screening 30 days after the new episode began; an old screening does not close it', () => {
    const reenrolled = [stored('e-1', '2025-01-10', '2025-06-30', 'moved'), stored('e-2', '2026-02-01', null)];
    expect(screening([screened('2025-01-20')], reenrolled)).toMatchObject({ dueDate: '2026-03-03', status: 'upcoming' });
    expect(screening([screened('2025-01-20'), screened('2026-02-10')], reenrolled)?.status).toBe('done');
  });

  it('the first episode counts every screening, as before episodes existed', () => {
    expect(screening([screened('2025-01-08')], [])?.status).toBe('done');
    expect(screening([], [])).toMatchObject({ dueDate: '2025-02-09', status: 'overdue' });
  });
});
