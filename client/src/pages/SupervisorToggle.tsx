import type { StaffUser } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';

/** Makes a staff account a program supervisor (it sees every caseload) or takes that away. */
export function SupervisorToggle({ account, onChanged }: { account: StaffUser; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = async () => {
    setBusy(true);
    try {
      await endpoints.updateAccount(account.id, { isSupervisor: !account.isSupervisor });
      setFailure(null);
      onChanged();
    } catch (e) {
      setFailure(e instanceof ApiRequestError ? e.message : 'Could not change the account. Please try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button secondary small" disabled={busy} aria-pressed={account.isSupervisor}
        aria-label={`Supervisor: ${account.name}`} onClick={() => void change()}>
        {account.isSupervisor ? 'Yes' : 'No'}
      </button>
      {failure && <p className="alert" role="alert">{failure}</p>}
    </>
  );
}
