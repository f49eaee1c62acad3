import type { PatientStatusRow } from '@carehuddle/shared';
import { Link } from 'react-router';
import { RiskBadge } from '../components/RiskBadge';
import { useNarrow } from '../components/useNarrow';
import { useDates } from '../format/useDates';
import { SCREENING_STATUS_LABEL } from './statusLabels';

/** The screening status as a badge, or a dash when the reader sees no tracking. */
function ScreeningStatus({ row }: { row: PatientStatusRow }) {
  if (!row.screening) return <span className="muted">—</span>;
  return <span className={`badge status-${row.screening}`}>{SCREENING_STATUS_LABEL[row.screening]}</span>;
}

/** Overdue and due-today counts; nothing to do reads as such. */
function DueCounts({ row }: { row: PatientStatusRow }) {
  if (row.overdue === 0 && row.dueToday === 0) return <span className="muted">Nothing due</span>;
  return (
    <>
      {row.overdue > 0 && <span className="badge status-overdue">{row.overdue} overdue</span>}{' '}
      {row.dueToday > 0 && <span className="badge status-due">{row.dueToday} due today</span>}
    </>
  );
}

/** When the member was last reached, flagged after 30 days. */
function LastReached({ row }: { row: PatientStatusRow }) {
  const dates = useDates();
  return (
    <>
      {row.lastReachedOn ? dates.day(row.lastReachedOn) : <span className="muted">Never</span>}
      {row.notReachedIn30Days && <> <span className="badge status-overdue">Not reached in 30 days</span></>}
    </>
  );
}

const patientLink = (row: PatientStatusRow) => `/patients/${row.id}`;

/**
 * Patients with where they stand: a table on wide screens, a list of cards on
 * a phone (no sideways scrolling). The counts are the worklist's.
 */
export function PatientStatusList({ rows, caption }: { rows: readonly PatientStatusRow[]; caption: string }) {
  const narrow = useNarrow();
  if (narrow) {
    return (
      <ul className="status-list" aria-label={caption}>
        {rows.map((row) => (
          <li key={row.id} className="card">
            <p className="status-list-name"><Link to={patientLink(row)}>{row.name}</Link> <RiskBadge level={row.riskLevel} /></p>
            <dl className="status-list-facts">
              <div><dt>Member number</dt><dd>{row.memberNumber}</dd></div>
              <div><dt>Screening</dt><dd><ScreeningStatus row={row} /></dd></div>
              <div><dt>Deadlines</dt><dd><DueCounts row={row} /></dd></div>
              <div><dt>Coordinator</dt><dd>{row.coordinator?.name ?? 'None yet'}</dd></div>
              <div><dt>Last reached</dt><dd><LastReached row={row} /></dd></div>
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table className="card table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Patient</th><th scope="col">Member number</th><th scope="col">Risk level</th><th scope="col">Screening</th>
          <th scope="col">Deadlines</th><th scope="col">Open tasks</th><th scope="col">Coordinator</th><th scope="col">Last reached</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row"><Link to={patientLink(row)}>{row.name}</Link></th>
            <td data-label="Member number">{row.memberNumber}</td>
            <td data-label="Risk level"><RiskBadge level={row.riskLevel} /></td>
            <td data-label="Screening"><ScreeningStatus row={row} /></td>
            <td data-label="Deadlines"><DueCounts row={row} /></td>
            <td data-label="Open tasks">{row.openTasks}</td>
            <td data-label="Coordinator">{row.coordinator?.name ?? <span className="muted">None yet</span>}</td>
            <td data-label="Last reached"><LastReached row={row} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
