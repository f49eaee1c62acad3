import type { RosterImportJob } from '@carehuddle/shared';
import { Link } from 'react-router';

const STATUS_TEXT: Record<RosterImportJob['status'], string> = {
  queued: 'Waiting to start…', validating: 'Checking rows…', committing: 'Saving all good rows at once…', completed: 'Import finished.', failed: 'The file was not imported.',
};

/** Progress while a job runs; then what happened to each row. */
export function RosterImportReport({ job }: { job: RosterImportJob }) {
  const done = job.status === 'completed';
  return (
    <section className="card" aria-labelledby="roster-report-title">
      <h2 id="roster-report-title">Import for {job.coordinator.name}</h2>
      <p role="status">{STATUS_TEXT[job.status]}</p>
      {!done && job.status !== 'failed' && (
        <label className="progress-label">
          Rows checked: {job.processedRows} of {job.totalRows || '…'}
          <progress max={job.totalRows || 1} value={job.processedRows} />
        </label>
      )}
      {job.failure && <p className="alert" role="alert">{job.failure}</p>}
      {done && (
        <>
          <p><strong>{job.counts.created}</strong> created · <strong>{job.counts.updated}</strong> updated · <strong>{job.counts.refused}</strong> refused</p>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Rows of the file</caption>
              <thead><tr><th scope="col">Row</th><th scope="col">Member number</th><th scope="col">Result</th><th scope="col">Why</th></tr></thead>
              <tbody>
                {job.rows.map((r) => (
                  <tr key={r.row}>
                    <td data-label="Row">{r.row}</td>
                    <td data-label="Member number">{r.memberNumber ?? '—'}</td>
                    <th scope="row">{r.patientId ? <Link to={`/patients/${r.patientId}`}>{r.outcome}</Link> : r.outcome}</th>
                    <td data-label="Why">{r.reasons.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
