import type { TrackingProgress, WorkItem } from '@carehuddle/shared';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';
import { useActionOutbox } from '../outbox/ActionOutbox';
import { PendingActions } from '../outbox/PendingActions';
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

/** What an unsent step is shown beside: one deadline of an item (a discharge has two, the follow-up and the reconciliation). */
const stepSubject = (w: WorkItem) => `${w.itemId ?? ''}:${w.kind}`;

/** The coordinator's team view of one patient: every deadline and its status, with forms to record and complete. */
export function CoordinationSection({ patientId, canRecord }: { patientId: string; canRecord: boolean }) {
  const { data, error, reload } = useServerQuery(['tracking', patientId], () => endpoints.tracking(patientId));
  // The organization's calendar day, as the server reckons deadlines.
  const dates = useDates();
  const today = dates.today();
  const outbox = useActionOutbox();
  // A step goes through the outbox: kept on this device until the server has it, shown beside its row meanwhile.
  const record = (w: WorkItem, done: { label: string; step: TrackingProgress }, itemId: string) =>
    outbox.send({ patientId, subjectId: stepSubject(w), path: endpoints.progressPath(patientId, itemId), body: done.step, label: `${done.label}: ${w.title}` }, reload);
  const unsent = new Set(outbox.pending.map((a) => a.subjectId));
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
                <td>
                  {canRecord && done && w.itemId && w.status !== 'done' && !unsent.has(stepSubject(w)) && (
                    <button type="button" className="button secondary small" aria-label={`${done.label}: ${w.title}`} onClick={() => record(w, done, w.itemId!)}>{done.label}</button>
                  )}
                  {w.itemId && <PendingActions subjectId={stepSubject(w)} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canRecord && <RecordTrackingForm patientId={patientId} onRecorded={reload} />}
    </section>
  );
}
