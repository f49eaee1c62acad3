import type { TrackingProgress, WorkItem } from '@carehuddle/shared';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';
import { RecordTrackingForm } from './RecordTrackingForm';

/** The one-click step that completes an open deadline, where there is one. */
function completion(w: WorkItem, today: string): { label: string; step: TrackingProgress } | null {
  switch (w.kind) {
    case 'follow_up': return { label: 'Follow-up done', step: { action: 'follow_up_done', on: today } };
    case 'medication_reconciliation': return { label: 'Reconciled', step: { action: 'reconciliation_done', on: today } };
    case 'test_result': return { label: 'Next step done', step: { action: 'test_step', step: w.title.includes('awaiting result') ? 'resulted' : w.title.includes('awaiting review') ? 'reviewed' : 'communicated', on: today } };
    case 'prior_authorization': return { label: 'Approved', step: { action: 'prior_auth', decision: 'approved', on: today } };
    case 'annual_visit': return { label: 'Visit done', step: { action: 'visit_done', on: today } };
    default: return null;
  }
}

/** The coordinator's team view of one patient: every deadline and its status, with forms to record and complete. */
export function CoordinationSection({ patientId, canRecord }: { patientId: string; canRecord: boolean }) {
  const { data, error, reload } = useServerQuery(['tracking', patientId], () => endpoints.tracking(patientId));
  // The organization's calendar day, as the server reckons deadlines.
  const dates = useDates();
  const today = dates.today();
  return (
    <section className="card" aria-labelledby="coordination-title" id="coordination">
      <h2 id="coordination-title">Coordination</h2>
      <ErrorMessage error={error} />
      <table className="table">
        <caption className="visually-hidden">Deadlines</caption>
        <thead><tr><th scope="col">Due</th><th scope="col">What</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {data?.items.map((w) => {
            const done = completion(w, today);
            return (
              <tr key={`${w.kind}-${w.itemId ?? ''}-${w.dueDate}`}>
                <td data-label="Due">{dates.day(w.dueDate)}{w.status !== 'done' && <span className="muted"> ({dates.due(w.dueDate, today)})</span>}</td>
                <th scope="row">{w.title}</th>
                <td data-label="Status"><span className={`badge status-${w.status}`}>{w.status.replace('_', ' ')}</span></td>
                <td>{canRecord && done && w.itemId && w.status !== 'done' && (
                  <button type="button" className="button secondary small" onClick={() => void endpoints.progress(patientId, w.itemId!, done.step).then(reload)}>{done.label}</button>
                )}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canRecord && <RecordTrackingForm patientId={patientId} onRecorded={reload} />}
    </section>
  );
}
