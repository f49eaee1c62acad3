import type { StaffUser, UpdateAccountInput } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';

/** Changes a staff account from the staff page: busy while it goes, the server's sentence if refused. */
export function useAccountChange(account: StaffUser, onChanged: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (update: UpdateAccountInput): Promise<boolean> => {
    setBusy(true);
    try {
      await endpoints.updateAccount(account.id, update);
      setFailure(null);
      onChanged();
      return true;
    } catch (e) {
      setFailure(e instanceof ApiRequestError ? e.message : 'Could not change the account. Please try again.');
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, change };
}
