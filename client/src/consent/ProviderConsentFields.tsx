import { CARE_TEAM_ROLE_LABELS, PLAN_AUDIENCES, PLAN_PART_LABELS, providerRecipientId, type CareTeamMember, type PlanAudience, type ProviderSharing } from '@carehuddle/shared';
import { useState } from 'react';
import { providerCandidates, providerLabel } from './consentSummary';
import { OutsideProviderForm } from './OutsideProviderForm';

/**
 * The providers the patient lets the coordinator send a copy of the plan to,
 * and which parts each may receive: clinicians on the team (the PCP first of
 * all) or providers outside CareHuddle, added by name and contact.
 */
export function ProviderConsentFields({ team, pcpUserId, providers, onChange }: {
  team: readonly CareTeamMember[];
  /** The patient's designated primary care physician, marked as such. */
  pcpUserId: string | null;
  providers: readonly ProviderSharing[];
  onChange: (next: ProviderSharing[]) => void;
}) {
  const listed = new Set(providers.map(providerRecipientId));
  const available = providerCandidates(team).filter((m) => !listed.has(m.userId));
  const [chosen, setChosen] = useState('');
  const setParts = (index: number, audience: PlanAudience, on: boolean) => onChange(providers.map((entry, i) => {
    if (i !== index) return entry;
    const parts = PLAN_AUDIENCES.filter((a) => (a === audience ? on : entry.parts.includes(a)));
    return { ...entry, parts };
  }));
  const addTeamProvider = () => {
    if (!chosen) return;
    onChange([...providers, { kind: 'team', userId: chosen, parts: ['shared'] }]);
    setChosen('');
  };

  return (
    <fieldset className="consent-group" aria-describedby="consent-providers-explanation">
      <legend>Providers who may be sent a copy of the plan</legend>
      <p className="hint" id="consent-providers-explanation">
        The care coordinator can send each provider a PDF of only the parts ticked. Behavioral health and substance use need the patient's specific consent for each provider.
      </p>
      {providers.length === 0 && <p className="empty">No providers yet: the plan is not sent outside the team.</p>}
      {providers.map((entry, index) => {
        const name = providerLabel(entry, team, pcpUserId);
        return (
          <div key={providerRecipientId(entry)} className="consent-person">
            <strong>{name}</strong>
            {PLAN_AUDIENCES.map((audience) => (
              <label key={audience} className="checkbox">
                <input type="checkbox" checked={entry.parts.includes(audience)} onChange={(e) => setParts(index, audience, e.target.checked)} />
                {PLAN_PART_LABELS[audience]}<span className="visually-hidden"> ({name})</span>
              </label>
            ))}
            <button type="button" className="button secondary small" onClick={() => onChange(providers.filter((_, i) => i !== index))}>
              Remove<span className="visually-hidden"> {name}</span>
            </button>
          </div>
        );
      })}
      <div className="form-row">
        <div className="field">
          <label htmlFor="consent-team-provider">Add a provider on the care team</label>
          <select id="consent-team-provider" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose a clinician…</option>
            {available.map((m) => <option key={m.userId} value={m.userId}>{m.name} · {m.userId === pcpUserId ? 'Designated PCP' : CARE_TEAM_ROLE_LABELS[m.role]}</option>)}
          </select>
        </div>
        <button type="button" className="button secondary" onClick={addTeamProvider} disabled={!chosen}>Add provider</button>
      </div>
      <OutsideProviderForm onAdd={(entry) => onChange([...providers, entry])} />
    </fieldset>
  );
}
