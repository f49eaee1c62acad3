import type { InvitationPreview } from '@carehuddle/shared';
import { Link } from 'react-router';

type Unusable = Exclude<InvitationPreview['status'], 'pending'>;

/** The clear page for a link that can no longer be used: what happened, and what to do next. */
export function InvitationStatusMessage({ status, invitedBy }: { status: Unusable | 'unknown'; invitedBy: string | null }) {
  const asker = invitedBy ?? 'the care coordinator';
  const content: Record<Unusable | 'unknown', { title: string; next: string }> = {
    accepted: { title: 'This invitation was already used', next: 'Each invitation link works once. If you set up your account with it, sign in instead.' },
    expired: { title: 'This invitation has expired', next: `Invitation links work for a limited time. Ask ${asker} for a new one.` },
    revoked: { title: 'This invitation was withdrawn', next: `The care team withdrew this invitation. If you think this is a mistake, please contact ${asker}.` },
    unknown: { title: 'This invitation link is not valid', next: 'Check that you copied the whole link, or ask the care coordinator for a new one.' },
  };
  const { title, next } = content[status];
  return (
    <section className="card invite-card" aria-labelledby="invite-status-title">
      <h1 id="invite-status-title">{title}</h1>
      <p>{next}</p>
      {status === 'accepted' && <Link className="button" to="/signin">Sign in instead</Link>}
    </section>
  );
}
