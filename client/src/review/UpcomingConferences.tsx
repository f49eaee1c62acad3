import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';

/** Team meetings about this patient that the reader (caregiver or member) was invited to and that have not happened yet, under `title`. */
export function UpcomingConferences({ patientId, title }: { patientId: string; title: string }) {
  const { t } = useTranslation('review');
  const dates = useDates();
  const { data, error } = useServerQuery(['conferences'], () => endpoints.conferences());
  // A conference counts as upcoming for the whole day it is held, so a late joiner still finds it.
  const today = dates.today();
  const upcoming = (data?.conferences ?? [])
    .filter((c) => c.agenda.some((a) => a.patientId === patientId) && dates.dayOf(c.scheduledFor) >= today)
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
  return (
    <section className="card" aria-labelledby="review-meetings">
      <h2 id="review-meetings">{title}</h2>
      <ErrorMessage error={error} />
      {data && upcoming.length === 0 && <p className="empty">{t('meetings.none')}</p>}
      <ul className="review-list">
        {upcoming.map((c) => (
          <li key={c.id}>
            <Link to={`/conferences/${c.id}`}>{c.title}</Link>
            <span className="muted">
              {t('meetings.when', { when: dates.longDateTime(c.scheduledFor), chair: c.chair.name })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
