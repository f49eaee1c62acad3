import type { PatientStatusRow, TodayConference, UnreadThread } from '@carehuddle/shared';
import { Link } from 'react-router';
import { useDates } from '../format/useDates';

/** New mentions first, then other threads with activity I have not seen; each opens where the notes are. */
export function ThreadsSection({ threads }: { threads: readonly UnreadThread[] }) {
  const dates = useDates();
  return (
    <section aria-labelledby="threads-title" className="card">
      <h2 id="threads-title">Mentions and unread notes</h2>
      {threads.length === 0 ? <p className="empty">You are up to date.</p> : (
        <ul className="today-list">
          {threads.map((t) => (
            <li key={t.threadId} className="today-row">
              {t.mentionsMe ? <span className="badge status-due">Mentions you</span> : <span className="badge">Unread</span>}
              <span className="today-row-what"><strong>{t.patientName}</strong> <span className="muted">{t.lastAuthorName} · {dates.dateTime(t.lastActivityAt)}</span></span>
              <span className="today-row-actions">
                <Link className="button secondary small" to={`/patients/${t.patientId}/plan`}>Open notes<span className="visually-hidden"> about {t.patientName}</span></Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Conferences on today's calendar (organization time zone). */
export function ConferencesTodaySection({ conferences }: { conferences: readonly TodayConference[] }) {
  const dates = useDates();
  return (
    <section aria-labelledby="conferences-today-title" className="card">
      <h2 id="conferences-today-title">Today&apos;s conferences</h2>
      {conferences.length === 0 ? <p className="empty">No conference today.</p> : (
        <ul className="today-list">
          {conferences.map((c) => (
            <li key={c.id} className="today-row">
              <span className="badge">{dates.time(c.scheduledFor)}</span>
              <span className="today-row-what"><strong>{c.title}</strong> <span className="muted">chaired by {c.chairName}</span></span>
              <span className="today-row-actions"><Link className="button secondary small" to={`/conferences/${c.id}`}>Join<span className="visually-hidden"> {c.title}</span></Link></span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Members I coordinate not reached in 30 days: the next call to make. */
export function NotReachedSection({ rows }: { rows: readonly PatientStatusRow[] }) {
  const dates = useDates();
  return (
    <section aria-labelledby="not-reached-title" className="card">
      <h2 id="not-reached-title">Members not reached in 30 days</h2>
      {rows.length === 0 ? <p className="empty">Everyone you coordinate was reached this month.</p> : (
        <ul className="today-list">
          {rows.map((r) => (
            <li key={r.id} className="today-row">
              <span className="today-row-what"><strong>{r.name}</strong> <span className="muted">{r.lastReachedOn ? `last reached ${dates.day(r.lastReachedOn)}` : 'never reached'}</span></span>
              <span className="today-row-actions"><Link className="button secondary small" to={`/patients/${r.id}?tab=coordination`}>Log a contact attempt<span className="visually-hidden"> for {r.name}</span></Link></span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
