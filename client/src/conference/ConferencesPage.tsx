import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { ScheduleConferenceForm } from './ScheduleConferenceForm';
import { useDates } from '../format/useDates';

/** Conferences I chair or am invited to; coordinators schedule new ones. */
export function ConferencesPage() {
  const dates = useDates();
  const { data, error, reload } = useServerQuery(['conferences'], () => endpoints.conferences());
  return (
    <>
      <h1>Case conferences</h1>
      <ErrorMessage error={error} />
      <section className="card" aria-labelledby="upcoming">
        <h2 id="upcoming">My conferences</h2>
        {data?.conferences.length === 0 && <p className="empty">No conferences yet.</p>}
        <ul className="version-list">
          {data?.conferences.map((c) => (
            <li key={c.id}>
              <Link to={`/conferences/${c.id}`}>{c.title}</Link>
              <span className="muted"> · {dates.dateTime(c.scheduledFor)} · chaired by {c.chair.name} · {c.agenda.length} agenda items</span>
            </li>
          ))}
        </ul>
      </section>
      <ScheduleConferenceForm onScheduled={reload} />
    </>
  );
}
