import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSession } from '../session/SessionContext';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { InvitationStatusMessage } from './InvitationStatusMessage';
import { useDates } from '../format/useDates';

/**
 * Where an invitation link leads (public: no session needed). A usable link
 * asks for a name and password; any other link gets a page that says plainly
 * why it no longer works.
 */
export function InvitePage() {
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
  else if (!preview) content = <p role="status">Loading…</p>;
  else if (preview.status !== 'pending') content = <InvitationStatusMessage status={preview.status} invitedBy={preview.invitedBy} />;
  else {
    content = (
      <section className="card invite-card" aria-labelledby="invite-title">
        <h1 id="invite-title">{preview.invitedBy} invited you to {preview.patientFirstName}'s care plan</h1>
        <p>
          With {preview.patientFirstName}'s permission, you will be able to read the plan, follow and join the conversations the care team shares
          with family, and see meetings you are invited to.
        </p>
        <p className="muted">This link works once, until {dates.longDateTime(preview.expiresAt)}.</p>
        <AcceptInvitationForm token={token} preview={preview} onAccepted={(id) => void accepted(id)} onGone={reload} />
        <ErrorMessage error={signInError} />
      </section>
    );
  }
  return (
    <main className="invite">
      <p className="invite-brand" aria-hidden="true">CareHuddle</p>
      {content}
    </main>
  );
}
