import type { PatientStatusRow } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { filterPatients, filtersFromQuery, queryFromFilters, type PatientFilters } from './patientFilters';

const row = (over: Partial<PatientStatusRow>): PatientStatusRow => ({
  id: 'p', name: 'Someone', memberNumber: 'MBR-1', riskLevel: null, myRole: 'physician', coordinator: null, screening: null,
  overdue: 0, dueToday: 0, dueSoon: 0, openTasks: 0, lastReachedOn: null, notReachedIn30Days: false, ...over,
});
const rows = [
  row({ id: 'rosa', name: 'Rosa Delgado', memberNumber: 'MBR-100234', riskLevel: 'High', coordinator: { userId: 'maya', name: 'Maya Chen' }, overdue: 1 }),
  row({ id: 'james', name: 'James Whitfield', memberNumber: 'MBR-102044', coordinator: { userId: 'grace', name: 'Grace Miller' }, overdue: 3 }),
  row({ id: 'amara', name: 'Amara Okafor', memberNumber: 'MBR-101502', riskLevel: 'Low', coordinator: { userId: 'maya', name: 'Maya Chen' } }),
];
const all: PatientFilters = { search: '', risk: '', overdueOnly: false, coordinatorId: '', sort: 'name' };
const ids = (f: Partial<PatientFilters>) => filterPatients(rows, { ...all, ...f }).map((r) => r.id);

describe('"My patients" search, filters and sort', () => {
  it('finds by part of a name or a member number, however it is typed', () => {
    expect(ids({ search: 'rosa' })).toEqual(['rosa']);
    expect(ids({ search: 'mbr102044' })).toEqual(['james']);
    expect(ids({ search: '101 502' })).toEqual(['amara']);
    expect(ids({ search: 'nobody' })).toEqual([]);
  });

  it('filters by risk (not screened included), overdue and coordinator, and sorts', () => {
    expect(ids({ risk: 'none' })).toEqual(['james']);
    expect(ids({ overdueOnly: true })).toEqual(['james', 'rosa']);
    expect(ids({ coordinatorId: 'maya' })).toEqual(['amara', 'rosa']);
    expect(ids({ sort: 'overdue' })).toEqual(['james', 'rosa', 'amara']);
    expect(ids({ sort: 'risk' })).toEqual(['rosa', 'amara', 'james']);
  });

  it('round-trips through the URL, ignoring values it does not know', () => {
    const f: PatientFilters = { search: 'kim', risk: 'Moderate', overdueOnly: true, coordinatorId: 'maya', sort: 'risk' };
    expect(filtersFromQuery(new URLSearchParams(queryFromFilters(f)))).toEqual(f);
    expect(filtersFromQuery(new URLSearchParams('risk=Extreme&sort=evil'))).toEqual(all);
    expect(queryFromFilters(all)).toEqual({});
  });
});
