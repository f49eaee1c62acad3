import type { CareTeamMember } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';

/** Who is on the care team, by name and role only: family members do not get the team's contact details. */
export function CareTeamNames({ team, firstName }: { team: readonly CareTeamMember[]; firstName: string }) {
  const { t } = useTranslation('review');
  return (
    <section className="card" aria-labelledby="review-team">
      <h2 id="review-team">{t('team.title', { firstName })}</h2>
      <ul className="review-list">
        {team.map((m) => (
          <li key={m.userId} className="review-person">
            <span className="avatar" aria-hidden="true">{m.name.slice(0, 1)}</span>
            <span>
              <strong>{m.name}</strong>
              <span className="muted">{t(`roles.${m.role}`, { ns: 'common' })}{m.isLead ? t('team.leads') : ''}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
