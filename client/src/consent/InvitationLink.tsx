import type { CreatedInvitation } from '@carehuddle/shared';
import { useState } from 'react';
import { useDates } from '../format/useDates';

/**
 * The link of a new invitation, shown once: only its hash is stored, so it
 * cannot be shown again. This installation does not send e-mail.
 */
export function InvitationLink({ created }: { created: CreatedInvitation }) {
  const dates = useDates();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.link);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (permissions, plain http); the link stays selectable on screen.
      setCopied('no');
    }
  };
  return (
    <div className="notice invitation-link">
      <p><strong>Invitation ready for {created.invitation.email}.</strong></p>
      <p>
        In this installation invitation links are shown only here, not e-mailed. Give this link to {created.invitation.invitee === 'member' ? 'the member' : 'the caregiver'}
        yourself; it works once, until {dates.dateTime(created.invitation.expiresAt)}.
      </p>
      <label htmlFor="invitation-link">Invitation link</label>
      <div className="copy-row">
        {/* Focus moves here once the link exists, selected and ready to copy; screen readers announce it with its label. */}
        <input id="invitation-link" readOnly value={created.link} onFocus={(e) => e.target.select()} autoFocus />
        <button type="button" className="button" onClick={() => void copy()}>Copy</button>
      </div>
      <p className="muted" aria-live="polite">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'no' && 'Copying is not allowed here: select the link and copy it yourself.'}
      </p>
    </div>
  );
}
