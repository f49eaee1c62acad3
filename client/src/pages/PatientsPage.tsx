import { Link, useSearchParams } from 'react-router';
import { todayEndpoints } from '../api/todayEndpoints';
import { useRefetchOn } from '../live/useRefetchOn';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { EnrollPatientForm } from '../patient/EnrollPatientForm';
import { PatientFiltersForm } from '../patients/PatientFiltersForm';
import { filterPatients, filtersFromQuery, queryFromFilters } from '../patients/patientFilters';
import { PatientStatusList } from '../patients/PatientStatusList';
import { FamilyHomePage } from '../review/FamilyHome';
import { useSession } from '../session/SessionContext';

/** "My patients" for staff: every patient on my care teams, searchable, filterable and sortable, with the worklist's counts. */
function StaffPatients() {
  // A supervisor made me the lead of members, I left a team, or a deadline moved: the list changes without a reload.
  useRefetchOn(['caseload:assigned', 'patient:accessRevoked', 'worklist:changed'], ['patientOverview']);
  const { data, error } = useServerQuery(['patientOverview'], () => todayEndpoints.patientOverview());
  const [query, setQuery] = useSearchParams();
  const filters = filtersFromQuery(query);
  const rows = data?.patients ?? [];
  const shown = filterPatients(rows, filters);
  return (
    <section aria-labelledby="patients-title">
      <h1 id="patients-title">My patients</h1>
      <div className="page-actions"><EnrollPatientForm /><Link className="button secondary" to="/roster-import">Import a roster</Link></div>
      <ErrorMessage error={error} />
      {data && rows.length === 0 && <p className="empty">You are not on any care team yet.</p>}
      {data && rows.length > 0 && (
        <>
          <PatientFiltersForm filters={filters} rows={rows} onChange={(f) => setQuery(queryFromFilters(f), { replace: true })} />
          <p className="muted" role="status">{shown.length === rows.length ? `${rows.length} patients` : `Showing ${shown.length} of ${rows.length} patients`}</p>
          {shown.length === 0 ? <p className="empty">No patient matches. Clear the search or choose other filters.</p> : <PatientStatusList rows={shown} caption="My patients" />}
        </>
      )}
    </section>
  );
}

/** "My patients": staff see their care teams' patients with status; the family sees the plans shared with them. */
export function PatientsPage() {
  const { user } = useSession();
  if (!user) return null;
  return user.kind === 'staff' ? <StaffPatients /> : <FamilyHomePage />;
}
