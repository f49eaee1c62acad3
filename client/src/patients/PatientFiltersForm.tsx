import type { PatientStatusRow } from '@carehuddle/shared';
import type { PatientFilters } from './patientFilters';

/** The search box, filters and sort of "My patients"; every change applies at once. */
export function PatientFiltersForm({ filters, rows, onChange }: { filters: PatientFilters; rows: readonly PatientStatusRow[]; onChange: (f: PatientFilters) => void }) {
  const coordinators = [...new Map(rows.flatMap((r) => (r.coordinator ? [[r.coordinator.userId, r.coordinator.name] as const] : []))).entries()]
    .sort((a, b) => a[1].localeCompare(b[1]));
  const set = <K extends keyof PatientFilters>(key: K, value: PatientFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <form className="inline-form patient-filters" role="search" aria-label="Find patients" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="patient-search">Name or member number</label>
        <input id="patient-search" type="search" value={filters.search} onChange={(e) => set('search', e.target.value)} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="patient-risk">Risk level</label>
        <select id="patient-risk" value={filters.risk} onChange={(e) => set('risk', e.target.value as PatientFilters['risk'])}>
          <option value="">All</option>
          <option value="High">High</option>
          <option value="Moderate">Moderate</option>
          <option value="Low">Low</option>
          <option value="none">Not screened</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="patient-coordinator">Coordinator</label>
        <select id="patient-coordinator" value={filters.coordinatorId} onChange={(e) => set('coordinatorId', e.target.value)}>
          <option value="">Anyone</option>
          {coordinators.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="patient-sort">Sort by</label>
        <select id="patient-sort" value={filters.sort} onChange={(e) => set('sort', e.target.value as PatientFilters['sort'])}>
          <option value="name">Name</option>
          <option value="overdue">Most overdue</option>
          <option value="risk">Risk level</option>
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={filters.overdueOnly} onChange={(e) => set('overdueOnly', e.target.checked)} /> Only patients with overdue deadlines
      </label>
    </form>
  );
}
