import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSession } from '../session/SessionContext';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { InvitationStatusMessage } from './InvitationStatusMessage';
import { useDates } from '../format/useDates';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/**
 * Where an invitation link leads (public: no session needed). A usable link
 * asks for a name and password; any other link gets a page that says plainly
 * why it no longer works.
 */
export function InvitePage() {
  const { t } = useTranslation('invite');
  const dates = useDates();
  const { token = '' } = useParams();
  const { data: preview, error, reload } = useServerQuery(['invitationPreview', token], () => endpoints.invitationPreview(token));
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [signInError, setSignInError] = useState<unknown>(null);

  const accepted = async (patientId: string) => {
    try {
      // Accepting set the session cookie; the app learns who is signed in before it opens the plan.
      signedIn(await endpoints.me());
      void navigate(`/patients/${encodeURIComponent(patientId)}/review`, { replace: true });
    } catch (e) {
      setSignInError(e);
    }
  };

  let content: ReactNode;
  if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400)) content = <InvitationStatusMessage status="unknown" invitedBy={null} />;
  else if (error) content = <section className="card invite-card"><ErrorMessage error={error} /></section>;
  else if (!preview) content = <p role="status">{t('loading')}</p>;
  else if (preview.status !== 'pending') content = <InvitationStatusMessage status={preview.status} invitedBy={preview.invitedBy} />;
  else {
    content = (
      <section className="card invite-card" aria-labelledby="invite-title">
        {preview.invitee === 'member' ? (
          <>
            <h1 id="invite-title">{t('memberTitle', { invitedBy: preview.invitedBy })}</h1>
            <p>{t('memberBody')}</p>
          </>
        ) : (
          <>
            <h1 id="invite-title">{t('title', { invitedBy: preview.invitedBy, firstName: preview.patientFirstName })}</h1>
            <p>{t('body', { firstName: preview.patientFirstName })}</p>
          </>
        )}
        <p className="muted">{t('expires', { when: dates.longDateTime(preview.expiresAt) })}</p>
        <AcceptInvitationForm token={token} preview={preview} onAccepted={(id) => void accepted(id)} onGone={reload} />
        <ErrorMessage error={signInError} />
      </section>
    );
  }
  return (
    <main className="invite">
      <div className="invite-top">
        <p className="invite-brand" aria-hidden="true">{t('brand')}</p>
        <LanguageSwitch />
      </div>
      {content}
    </main>
  );
}
