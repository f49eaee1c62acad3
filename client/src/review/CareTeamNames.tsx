import { CARE_TEAM_ROLE_LABELS, type CareTeamMember } from '@carehuddle/shared';

/** Who is on the care team, by name and role only: family members do not get the team's contact details. */
export function CareTeamNames({ team, firstName }: { team: readonly CareTeamMember[]; firstName: string }) {
  return (
    <section className="card" aria-labelledby="review-team">
      <h2 id="review-team">{firstName}'s care team</h2>
      <ul className="review-list">
        {team.map((m) => (
          <li key={m.userId} className="review-person">
            <span className="avatar" aria-hidden="true">{m.name.slice(0, 1)}</span>
            <span>
              <strong>{m.name}</strong>
              <span className="muted">{CARE_TEAM_ROLE_LABELS[m.role]}{m.isLead ? ' · leads the team' : ''}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
