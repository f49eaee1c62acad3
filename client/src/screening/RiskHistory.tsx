import type { PatientDetail, RiskHistory as History } from '@carehuddle/shared';
import { ErrorMessage } from '../components/ErrorMessage';
import { SetRiskForm } from './SetRiskForm';

/** Every change of the risk level (who, when, from, to, why); the coordinator may override it here. */
export function RiskHistory({ patient, history: data, error, onChanged }: { patient: PatientDetail; history: History | undefined; error: unknown; onChanged: () => void }) {
  return (
    <>
      <h3 id="risk-history-title">Risk level history</h3>
      {error ? <ErrorMessage error={error} /> : null}
      {data && (data.changes.length === 0 ? <p>No risk level set yet.</p> : (
        <table aria-labelledby="risk-history-title">
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Change</th><th scope="col">Why</th></tr></thead>
          <tbody>
            {data.changes.map((c) => (
              <tr key={c.id}><td>{c.at.slice(0, 10)}</td><td>{c.by.name}</td><td>{c.from ?? 'Not set'} → {c.to}</td><td>{c.reason}</td></tr>
            ))}
          </tbody>
        </table>
      ))}
      {patient.myRole === 'care_coordinator' && (
        <details>
          <summary>Override the risk level</summary>
          <SetRiskForm patientId={patient.id} proposed={patient.riskLevel} onSet={onChanged} />
        </details>
      )}
    </>
  );
}
