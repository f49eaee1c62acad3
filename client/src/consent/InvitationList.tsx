import type { Invitation, InvitationStatus } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';

const STATUS_LABELS: Record<InvitationStatus, string> = { pending: 'Waiting', accepted: 'Accepted', expired: 'Expired', revoked: 'Withdrawn' };

/** Invitations sent for this patient, with what became of each; a pending one can be withdrawn. */
export function InvitationList({ patientId, invitations, onChanged }: { patientId: string; invitations: readonly Invitation[]; onChanged: () => void }) {
  const dates = useDates();
  const [error, setError] = useState<unknown>(null);
  const withdraw = async (invitation: Invitation) => {
    if (!window.confirm(`Withdraw the invitation for ${invitation.email}? The link stops working at once.`)) return;
    try {
      await endpoints.revokeInvitation(patientId, invitation.id);
      setError(null);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="invitations">
      <h3 id="invitations-title">Invitations</h3>
      <ErrorMessage error={error} />
      {invitations.length === 0 && <p className="empty">No invitations sent yet.</p>}
      <ul className="invitation-list" aria-labelledby="invitations-title">
        {invitations.map((i) => (
          <li key={i.id}>
            <span className="invitation-who"><strong>{i.email}</strong> <span className="muted">· {i.relationship}</span></span>
            <span className={`badge invitation-${i.status}`}>{STATUS_LABELS[i.status]}</span>
            <span className="muted">
              Sent by {i.invitedBy.name} on {dates.date(i.createdAt)}
              {i.status === 'accepted' && i.acceptedAt ? ` · accepted ${dates.date(i.acceptedAt)}` : ''}
              {i.status === 'pending' ? ` · expires ${dates.dateTime(i.expiresAt)}` : ''}
            </span>
            {i.status === 'pending' && (
              <button type="button" className="button secondary small" onClick={() => void withdraw(i)}>
                Withdraw<span className="visually-hidden"> the invitation for {i.email}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
