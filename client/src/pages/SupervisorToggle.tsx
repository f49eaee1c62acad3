import type { StaffUser } from '@carehuddle/shared';
import { useAccountChange } from './useAccountChange';

/** Makes a staff account a program supervisor (it sees every caseload) or takes that away. */
export function SupervisorToggle({ account, onChanged }: { account: StaffUser; onChanged: () => void }) {
  const { busy, failure, change } = useAccountChange(account, onChanged);
  return (
    <>
      <button type="button" className="button secondary small" disabled={busy} aria-pressed={account.isSupervisor}
        aria-label={`Supervisor: ${account.name}`} onClick={() => void change({ isSupervisor: !account.isSupervisor })}>
        {account.isSupervisor ? 'Yes' : 'No'}
      </button>
      {failure && <p className="alert" role="alert">{failure}</p>}
    </>
  );
}
