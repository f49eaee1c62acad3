import { SCREENING_ROLES, type PatientDetail, type RiskHistory as History } from '@carehuddle/shared';
import { Link, useNavigate } from 'react-router';
import { screeningEndpoints } from '../api/screeningEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge } from '../components/RiskBadge';
import { RiskHistory } from './RiskHistory';

/** Whether the signed-in person administers screenings for this patient (the server decides; this only hides what it would refuse). */
export function mayReadScreenings(patient: PatientDetail): boolean {
  return SCREENING_ROLES.has(patient.myRole);
}

/** The patient's screenings (start or join one; open results) and the history of their risk level. */
export function ScreeningSection({ patient, riskHistory, onChanged }: {
  patient: PatientDetail;
  /** Loaded by the page, which also shows the current reasons in the header. */
  riskHistory: { data: History | undefined; error: unknown };
  onChanged: () => void;
}) {
  const navigate = useNavigate();
    const administers = mayReadScreenings(patient);
  const { data, error } = useServerQuery(['screenings', patient.id, administers], () => (administers ? screeningEndpoints.list(patient.id) : Promise.resolve({ screenings: [] })));
  if (!administers) return null;
  const open = data?.screenings.find((s) => s.status === 'in_progress');
  const start = async () => {
    const { id } = await screeningEndpoints.start(patient.id);
    void navigate(`/patients/${patient.id}/screenings/${id}`);
  };
  return (
    <section className="card" aria-labelledby="screening-title">
      <h2 id="screening-title">Health screening</h2>
      {error ? <ErrorMessage error={error} /> : null}
      <button type="button" onClick={() => void start()}>{open ? 'Join the screening in progress' : 'Start a screening'}</button>
      {data && data.screenings.length > 0 && (
        <table aria-label="Screenings">
          <thead><tr><th scope="col">Started</th><th scope="col">Status</th><th scope="col">Result</th></tr></thead>
          <tbody>
            {data.screenings.map((s) => (
              <tr key={s.id}>
                <td><Link to={`/patients/${patient.id}/screenings/${s.id}`}>{s.startedAt.slice(0, 10)} by {s.startedBy.name}</Link></td>
                <td>{s.status === 'in_progress' ? 'In progress' : `Completed ${s.completedAt?.slice(0, 10) ?? ''}${s.amendsId ? ' (amendment)' : ''}${s.amendedById ? ' · amended' : ''}`}</td>
                <td>{s.outcome ? <><RiskBadge level={s.outcome.riskLevel} /> {s.outcome.reasons.join('; ')}</> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RiskHistory patient={patient} history={riskHistory.data} error={riskHistory.error} onChanged={onChanged} />
    </section>
  );
}
