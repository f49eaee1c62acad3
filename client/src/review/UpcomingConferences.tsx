import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';

/** Team meetings about this patient that the caregiver was invited to and that have not happened yet. */
export function UpcomingConferences({ patientId, firstName }: { patientId: string; firstName: string }) {
  const dates = useDates();
  const { data, error } = useServerQuery(['conferences'], () => endpoints.conferences());
  // A conference counts as upcoming for the whole day it is held, so a late joiner still finds it.
  const today = dates.today();
  const upcoming = (data?.conferences ?? [])
    .filter((c) => c.agenda.some((a) => a.patientId === patientId) && dates.dayOf(c.scheduledFor) >= today)
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
  return (
    <section className="card" aria-labelledby="review-meetings">
      <h2 id="review-meetings">Upcoming meetings about {firstName}</h2>
      <ErrorMessage error={error} />
      {data && upcoming.length === 0 && <p className="empty">You are not invited to any upcoming meetings.</p>}
      <ul className="review-list">
        {upcoming.map((c) => (
          <li key={c.id}>
            <Link to={`/conferences/${c.id}`}>{c.title}</Link>
            <span className="muted">
              {dates.longDateTime(c.scheduledFor)} · led by {c.chair.name}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
