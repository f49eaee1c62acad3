import type { StaffUser } from '@carehuddle/shared';
import { useState } from 'react';
import { useAccountChange } from './useAccountChange';

/**
 * Disable (after a confirmation: the person is signed out everywhere at once
 * and their pending invitations are withdrawn) or re-enable a staff account.
 */
export function AccountStatusButton({ account, onChanged }: { account: StaffUser; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const update = useAccountChange(account, onChanged);
  const { busy, failure } = update;
  const change = async (disabled: boolean) => {
    if (await update.change({ disabled })) setConfirming(false);
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
