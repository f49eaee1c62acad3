import { CARE_TEAM_ROLE_LABELS } from '@carehuddle/shared';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useLoad } from '../api/useLoad';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge, ScreeningBadge } from '../components/RiskBadge';
import { EnrollPatientForm } from '../patient/EnrollPatientForm';
import { FamilyHome } from '../review/FamilyHome';
import { useLiveSocket } from '../live/LiveSocket';
import { useSession } from '../session/SessionContext';

/** "My patients": the patients whose care team the user is on. */
export function PatientsPage() {
  const { data, error, reload } = useLoad(() => endpoints.patients(), []);
  const { user } = useSession();
  const socket = useLiveSocket();
  // A supervisor made me the lead of members, or I left a team: the list changes without a reload.
  useEffect(() => {
    if (!socket) return;
    socket.on('caseload:assigned', reload);
    socket.on('patient:accessRevoked', reload);
    return () => {
      socket.off('caseload:assigned', reload);
      socket.off('patient:accessRevoked', reload);
    };
  }, [socket]);
  if (user && user.kind !== 'staff') return <FamilyHome patients={data?.patients} error={error} />;
  return (
    <section aria-labelledby="patients-title">
      <h1 id="patients-title">My patients</h1>
      <div className="page-actions"><EnrollPatientForm /><Link className="button secondary" to="/roster-import">Import a roster</Link></div>
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
