import type { CareTeamMember } from '@carehuddle/shared';
import { Trans, useTranslation } from 'react-i18next';

/** A `tel:` address from a number as people write it: digits and a leading +, nothing else. */
export const telHref = (phone: string): string => `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;

/**
 * Whom the member or their family calls: the patient's care coordinator(s),
 * lead first, with the work phone the server sends for coordinators only. With
 * no number recorded it says to write to them on this page instead.
 */
export function CoordinatorContact({ team, firstName }: {
  team: readonly CareTeamMember[];
  /** The patient's first name on the caregiver's page; null on the member's own page ("your care coordinator"). */
  firstName: string | null;
}) {
  const { t } = useTranslation('review');
  const coordinators = team.filter((m) => m.role === 'care_coordinator').sort((a, b) => Number(b.isLead) - Number(a.isLead));
  if (coordinators.length === 0) return null;
  const who = firstName === null ? 'member' : 'family';
  return (
    <section className="card coordinator-contact" aria-labelledby="coordinator-contact-title">
      <h2 id="coordinator-contact-title">{t(`contact.${who}.heading`, { firstName })}</h2>
      {coordinators.map((c) => (
        <p key={c.userId}>
          {c.workPhone
            ? <Trans t={t} i18nKey={`contact.${who}.withPhone`} values={{ name: c.name, phone: c.workPhone, firstName }}
              components={{ call: <a className="coordinator-phone" href={telHref(c.workPhone)} /> }} />
            : t(`contact.${who}.withoutPhone`, { name: c.name, firstName })}
        </p>
      ))}
    </section>
  );
}
