import { CARE_TEAM_ROLE_LABELS } from '@carehuddle/shared';
import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useLoad } from '../api/useLoad';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge, ScreeningBadge } from '../components/RiskBadge';
import { EnrollPatientForm } from '../patient/EnrollPatientForm';
import { FamilyHome } from '../review/FamilyHome';
import { useSession } from '../session/SessionContext';

/** "My patients": the patients whose care team the user is on. */
export function PatientsPage() {
  const { data, error } = useLoad(() => endpoints.patients(), []);
  const { user } = useSession();
  if (user && user.kind !== 'staff') return <FamilyHome patients={data?.patients} error={error} />;
  return (
    <section aria-labelledby="patients-title">
      <h1 id="patients-title">My patients</h1>
      <div className="page-actions"><EnrollPatientForm /></div>
      <ErrorMessage error={error} />
      {data && data.patients.length === 0 && <p className="empty">You are not on any care team yet.</p>}
      {data && data.patients.length > 0 && (
        <table className="card table">
          <caption className="visually-hidden">My patients</caption>
          <thead>
            <tr><th scope="col">Patient</th><th scope="col">Risk level</th><th scope="col">Health screening</th><th scope="col">My role</th></tr>
          </thead>
          <tbody>
            {data.patients.map((p) => (
              <tr key={p.id}>
                <th scope="row"><Link to={`/patients/${p.id}`}>{p.name}</Link></th>
                <td><RiskBadge level={p.riskLevel} /></td>
                <td><ScreeningBadge status={p.screeningStatus} dueDate={p.screeningDueDate} /></td>
                <td>{CARE_TEAM_ROLE_LABELS[p.myRole]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
