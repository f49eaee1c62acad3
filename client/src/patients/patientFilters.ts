import type { PatientStatusRow, RiskLevel } from '@carehuddle/shared';

/** How "My patients" is narrowed and ordered; kept in the URL so a link or a reload keeps it. */
export interface PatientFilters {
  /** Part of a name or member number. */
  search: string;
  /** A risk level, `none` for not yet screened, or empty for all. */
  risk: RiskLevel | 'none' | '';
  /** Only patients with an overdue deadline. */
  overdueOnly: boolean;
  /** A coordinator's user id, or empty for all. */
  coordinatorId: string;
  sort: 'name' | 'overdue' | 'risk';
}

const RISK_RANK: Record<RiskLevel, number> = { High: 0, Moderate: 1, Low: 2 };
const riskRank = (r: PatientStatusRow) => (r.riskLevel ? RISK_RANK[r.riskLevel] : 3);
/** Letters and digits only, lower case: "MBR-100234" matches "mbr100234" and "100234". */
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const SORTS: Record<PatientFilters['sort'], (a: PatientStatusRow, b: PatientStatusRow) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  overdue: (a, b) => b.overdue - a.overdue || b.dueToday - a.dueToday || a.name.localeCompare(b.name),
  risk: (a, b) => riskRank(a) - riskRank(b) || a.name.localeCompare(b.name),
};

/** The rows that match, in the chosen order. */
export function filterPatients(rows: readonly PatientStatusRow[], f: PatientFilters): PatientStatusRow[] {
  const words = f.search.trim().toLowerCase();
  const number = compact(f.search);
  return rows
    .filter((r) => !words || r.name.toLowerCase().includes(words) || (number !== '' && compact(r.memberNumber).includes(number)))
    .filter((r) => !f.risk || (f.risk === 'none' ? r.riskLevel === null : r.riskLevel === f.risk))
    .filter((r) => !f.overdueOnly || r.overdue > 0)
    .filter((r) => !f.coordinatorId || r.coordinator?.userId === f.coordinatorId)
    .sort(SORTS[f.sort]);
}

/** The filters a URL's query names (anything unknown falls back to "all", sorted by name). */
export function filtersFromQuery(q: URLSearchParams): PatientFilters {
  const risk = q.get('risk') ?? '';
  const sort = q.get('sort') ?? 'name';
  return {
    search: q.get('q') ?? '',
    risk: risk === 'High' || risk === 'Moderate' || risk === 'Low' || risk === 'none' ? risk : '',
    overdueOnly: q.get('overdue') === '1',
    coordinatorId: q.get('coordinator') ?? '',
    sort: sort === 'overdue' || sort === 'risk' ? sort : 'name',
  };
}

/** The query that names these filters (defaults left out, so the plain list has a plain URL). */
export function queryFromFilters(f: PatientFilters): Record<string, string> {
  return {
    ...(f.search ? { q: f.search } : {}), ...(f.risk ? { risk: f.risk } : {}), ...(f.overdueOnly ? { overdue: '1' } : {}),
    ...(f.coordinatorId ? { coordinator: f.coordinatorId } : {}), ...(f.sort !== 'name' ? { sort: f.sort } : {}),
  };
}
