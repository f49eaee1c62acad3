import type { PatientSummary } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { firstNameOf } from './planReviewWords';

/**
 * A family member's home: the people whose plans are shared with them. With
 * only one (the usual case) they go straight to that plan review.
 */
export function FamilyHome({ patients, error }: { patients: readonly PatientSummary[] | undefined; error: unknown }) {
  const { t } = useTranslation('review');
  if (patients?.length === 1) return <Navigate to={`/patients/${patients[0]!.id}/review`} replace />;
  return (
    <section className="review" aria-labelledby="family-home-title">
      <h1 id="family-home-title">{t('home.title')}</h1>
      <ErrorMessage error={error} />
      {!patients && !error && <p role="status">{t('loading')}</p>}
      {patients?.length === 0 && <p className="empty">{t('home.empty')}</p>}
      <ul className="family-home-list">
        {patients?.map((p) => (
          <li key={p.id} className="card">
            <h2>{p.name}</h2>
            <Link className="button" to={`/patients/${p.id}/review`}>
              {t('home.open')}<span className="visually-hidden">{t('home.openFor', { firstName: firstNameOf(p.name) })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The family's home page: loads the plans shared with them. */
export function FamilyHomePage() {
  const { data, error } = useServerQuery(['patients'], () => endpoints.patients());
  return <FamilyHome patients={data?.patients} error={error} />;
}
