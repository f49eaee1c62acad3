import { CARE_TEAM_ROLE_LABELS, type PatientDetail } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { ErrorMessage } from '../components/ErrorMessage';
import { AddMemberForm } from './AddMemberForm';

/** The care team roster; coordinators can add and remove members. */
export function CareTeamRoster({ patient, onChanged }: { patient: PatientDetail; onChanged: () => void }) {
  const canManage = patient.myRole === 'care_coordinator';
  const [error, setError] = useState<unknown>(null);

  const remove = async (userId: string, name: string) => {
    if (!window.confirm(`Remove ${name} from ${patient.name}'s care team? Their open sessions on this patient close at once.`)) return;
    try {
      await endpoints.removeMember(patient.id, userId);
      setError(null);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card" aria-labelledby="team-title">
      <h2 id="team-title">Care team</h2>
      <ErrorMessage error={error} />
      <ul className="roster">
        {patient.careTeam.map((m) => (
          <li key={m.userId}>
            <span className="avatar" aria-hidden="true">{m.name.slice(0, 1)}</span>
            <span className="roster-name">{m.name}</span>
            <span className="roster-role">{CARE_TEAM_ROLE_LABELS[m.role]}</span>
            {m.isLead && <span className="badge lead">Lead</span>}
            <span className="muted">since {m.joinedAt.slice(0, 10)}</span>
            {canManage && !m.isLead && (
              <button type="button" className="button secondary small" onClick={() => void remove(m.userId, m.name)}>
                Remove<span className="visually-hidden"> {m.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {canManage && <AddMemberForm patientId={patient.id} existing={patient.careTeam.map((m) => m.userId)} onAdded={onChanged} />}
    </section>
  );
}
