import { ROSTER_CSV_COLUMNS, type RosterFormat, type RosterImportJob } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { FieldMessage, FormError, fieldErrorProps } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { useSession } from '../session/SessionContext';
import { RosterImportReport } from './RosterImportReport';

/** How often the page asks how far an import got. */
const POLL_MS = 1000;

/** A file's format from its name: `.csv` or a FHIR Bundle in JSON. */
const formatOf = (file: File): RosterFormat => (/\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'fhir');

/** Roster import: choose a file and a coordinator, then watch the job to its per-row report. */
export function RosterImportPage() {
  const { user } = useSession();
  const staff = useServerQuery(['staff', user?.isAdmin], () => (user?.isAdmin ? endpoints.staff() : Promise.resolve({ users: [] })));
  const [file, setFile] = useState<File | null>(null);
  const [coordinatorId, setCoordinatorId] = useState(user?.id ?? '');
  const [job, setJob] = useState<RosterImportJob | null>(null);
  const { busy, error, submit } = useFormSubmit('The roster could not be sent. Try again.');
  const running = job !== null && job.status !== 'completed' && job.status !== 'failed';

  useEffect(() => {
    if (!running || !job) return;
    const timer = setTimeout(() => void endpoints.rosterImport(job.id).then(setJob, () => undefined), POLL_MS);
    return () => clearTimeout(timer);
  }, [job, running]);

  const coordinators = user?.isAdmin ? (staff.data?.users ?? []).filter((u) => !u.disabled) : user ? [{ id: user.id, name: user.name }] : [];
  return (
    <section aria-labelledby="roster-title">
      <p className="breadcrumb"><Link to="/">My patients</Link> › Import a roster</p>
      <h1 id="roster-title">Import a roster</h1>
      <form className="card details-form" aria-labelledby="roster-form-title" onSubmit={(e) => void submit(e, async () => {
        if (!file) return;
        setJob(await endpoints.startRosterImport(formatOf(file), coordinatorId, await file.text()));
      })}>
        <h2 id="roster-form-title">File and coordinator</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="roster-file">Roster file</label>
            <p className="hint" id="roster-file-hint">A CSV with the header below, or a FHIR R4 Bundle (.json) of Patient resources.</p>
            <input id="roster-file" type="file" accept=".csv,.json,text/csv,application/json,application/fhir+json" required
              onChange={(e) => setFile(e.target.files?.[0] ?? null)} {...fieldErrorProps(error, '', 'roster-file', 'roster-file-hint')} />
          </div>
          <div className="field">
            <label htmlFor="roster-coordinator">Coordinator</label>
            <select id="roster-coordinator" value={coordinatorId} onChange={(e) => setCoordinatorId(e.target.value)} {...fieldErrorProps(error, 'coordinatorId', 'roster-coordinator')}>
              {coordinators.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
            <FieldMessage error={error} field="coordinatorId" inputId="roster-coordinator" />
          </div>
        </div>
        <FormError error={error} />
        <div className="form-actions"><button type="submit" className="button" disabled={busy || running}>Import</button></div>
        <details>
          <summary>CSV header</summary>
          <p><code className="csv-header">{ROSTER_CSV_COLUMNS.join(',')}</code></p>
          <p className="hint">member_number, name and date_of_birth are required. Allergies are separated by “;” (or “none”); interpreter_needed is yes or no; pcp_email is the PCP’s CareHuddle e-mail.</p>
        </details>
      </form>
      {job && <RosterImportReport job={job} />}
    </section>
  );
}
