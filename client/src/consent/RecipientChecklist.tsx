import { CARE_TEAM_ROLE_LABELS, type CareTeamMember } from '@carehuddle/shared';

/** A group of checkboxes, one per team member, for who else may see a restricted part of the plan. */
export function RecipientChecklist({ id, legend, explanation, people, chosen, onChange }: {
  id: string;
  legend: string;
  explanation: string;
  people: readonly CareTeamMember[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const toggle = (userId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(userId);
    else next.delete(userId);
    onChange(next);
  };
  return (
    <fieldset className="consent-group" aria-describedby={`${id}-explanation`}>
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-explanation`}>{explanation}</p>
      {people.length === 0 && <p className="empty">No one else on the team.</p>}
      <div className="checkbox-grid">
        {people.map((m) => (
          <label key={m.userId} className="checkbox">
            <input type="checkbox" checked={chosen.has(m.userId)} onChange={(e) => toggle(m.userId, e.target.checked)} />
            <span>{m.name} <span className="muted">· {CARE_TEAM_ROLE_LABELS[m.role]}</span></span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
