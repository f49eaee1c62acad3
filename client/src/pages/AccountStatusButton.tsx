import type { StaffUser } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';

/**
 * Disable (after a confirmation: the person is signed out everywhere at once
 * and their pending invitations are withdrawn) or re-enable a staff account.
 */
export function AccountStatusButton({ account, onChanged }: { account: StaffUser; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (disabled: boolean) => {
    setBusy(true);
    try {
      await endpoints.updateAccount(account.id, { disabled });
      setConfirming(false);
      setFailure(null);
      onChanged();
    } catch (e) {
      setFailure(e instanceof ApiRequestError ? e.message : 'Could not change the account. Please try again.');
    } finally {
      setBusy(false);
    }
  };
  if (account.disabled) {
    return <button type="button" className="button secondary" disabled={busy} onClick={() => void change(false)} aria-label={`Enable ${account.name}`}>Enable</button>;
  }
  return (
    <div className="account-actions">
      {!confirming
        ? <button type="button" className="button secondary" onClick={() => setConfirming(true)} aria-label={`Disable ${account.name}`}>Disable…</button>
        : (
          <>
            <span role="alert">Sign {account.name} out everywhere and block sign-in?</span>{' '}
            <button type="button" className="button danger" disabled={busy} onClick={() => void change(true)}>Disable account</button>{' '}
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>Cancel</button>
          </>
        )}
      {failure && <p className="alert" role="alert">{failure}</p>}
    </div>
  );
}
