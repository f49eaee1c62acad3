import { CARE_TEAM_ROLE_LABELS, CARE_TEAM_ROLES, type CareTeamRole } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';

const STAFF_ROLES = CARE_TEAM_ROLES.filter((r) => r !== 'family_caregiver' && r !== 'patient');

/** Adds a staff member to the team with a role; field errors from the server appear beside the fields. */
export function AddMemberForm({ patientId, existing, onAdded }: { patientId: string; existing: string[]; onAdded: () => void }) {
  const { data } = useServerQuery(['staff'], () => endpoints.staff());
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<CareTeamRole>('nurse');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const candidates = (data?.users ?? []).filter((u) => !u.disabled && !existing.includes(u.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await endpoints.addMember(patientId, { userId, role });
      setError(null);
      setUserId('');
      onAdded();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : null);
    }
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="add-member-title">
      <h3 id="add-member-title">Add team member</h3>
      <div className="field">
        <label htmlFor="member">Staff member</label>
        <select id="member" required value={userId} onChange={(e) => setUserId(e.target.value)} aria-invalid={Boolean(error?.fieldMessage('userId'))}>
          <option value="">Choose…</option>
          {candidates.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        {error?.fieldMessage('userId') && <p className="field-error">{error.fieldMessage('userId')}</p>}
      </div>
      <div className="field">
        <label htmlFor="role">Role on this team</label>
        <select id="role" value={role} onChange={(e) => setRole(e.target.value as CareTeamRole)}>
          {STAFF_ROLES.map((r) => <option key={r} value={r}>{CARE_TEAM_ROLE_LABELS[r]}</option>)}
        </select>
        {error?.fieldMessage('role') && <p className="field-error">{error.fieldMessage('role')}</p>}
      </div>
      <button type="submit" className="button">Add to team</button>
      {error && error.fields.length === 0 && <p className="alert" role="alert">{error.message}</p>}
    </form>
  );
}
