import type { InvitationPreview } from '@carehuddle/shared';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Unusable = Exclude<InvitationPreview['status'], 'pending'>;

/** The clear page for a link that can no longer be used: what happened, and what to do next. */
export function InvitationStatusMessage({ status, invitedBy }: { status: Unusable | 'unknown'; invitedBy: string | null }) {
  const { t } = useTranslation('invite');
  const asker = invitedBy ?? t('status.theCoordinator');
  const title: ParseKeys<'invite'> = `status.${status}.title`;
  const next: ParseKeys<'invite'> = `status.${status}.next`;
  return (
    <section className="card invite-card" aria-labelledby="invite-status-title">
      <h1 id="invite-status-title">{t(title)}</h1>
      <p>{t(next, { asker })}</p>
      {status === 'accepted' && <Link className="button" to="/signin">{t('status.signIn')}</Link>}
    </section>
  );
}
