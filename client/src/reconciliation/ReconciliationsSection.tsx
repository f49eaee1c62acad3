import { RECONCILIATION_TRIGGERS, type ReconciliationTrigger } from '@carehuddle/shared';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { reconciliationEndpoints } from '../api/reconciliationEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { TRIGGER_LABELS } from './labels';
import { useReconciliationSignals } from './useReconciliationSignals';
import { useDates } from '../format/useDates';

/** A patient's medication reconciliations, and "start one" (staff who may read the clinical plan). */
export function ReconciliationsSection({ patientId }: { patientId: string }) {
  const dates = useDates();
  const { data, error, reload } = useServerQuery(['reconciliations', patientId], () => reconciliationEndpoints.list(patientId));
  const [trigger, setTrigger] = useState<ReconciliationTrigger>('discharge');
  const [startError, setStartError] = useState<unknown>(null);
  const navigate = useNavigate();
  useReconciliationSignals(patientId, reload);
  const start = async () => {
    try {
      const r = await reconciliationEndpoints.start(patientId, { trigger });
      void navigate(`/patients/${patientId}/reconciliations/${r.id}`);
    } catch (e) {
      setStartError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="reconciliations-title">
      <h2 id="reconciliations-title">Medication reconciliation</h2>
      <ErrorMessage error={error ?? startError} />
      {data && data.reconciliations.length === 0 && <p className="empty">No reconciliations yet.</p>}
      {data && data.reconciliations.length > 0 && (
        <ul className="reconciliation-list">
          {data.reconciliations.map((r) => (
            <li key={r.id}>
              <Link to={`/patients/${patientId}/reconciliations/${r.id}`}>{TRIGGER_LABELS[r.trigger]}, {dates.date(r.startedAt)}</Link>{' '}
              {r.status === 'completed' && r.signed ? <span className="badge status-done">Signed by {r.signed.by.name}</span>
                : <span className="badge status-due_soon">{r.pendingCount} pending</span>}
              {r.discrepancyCount > 0 && <span className="badge discrepancy-badge">{r.discrepancyCount} discrepanc{r.discrepancyCount === 1 ? 'y' : 'ies'}</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor="reconciliation-trigger">Reason</label>
          <select id="reconciliation-trigger" value={trigger} onChange={(e) => setTrigger(e.target.value as ReconciliationTrigger)}>
            {RECONCILIATION_TRIGGERS.map((t) => <option key={t} value={t}>{TRIGGER_LABELS[t]}</option>)}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void start()}>Start reconciliation</button>
      </div>
    </section>
  );
}
