import {
  CONSENT_METHOD_LABELS, STAFF_CONSENT_METHODS, type CareTeamMember, type StaffConsentMethod, type ConsentVersion, type FamilySharing, type ProviderSharing, type SharingPreferences,
} from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { behavioralHealthCandidates, familyMembers, providerCandidates, substanceUseCandidates } from './consentSummary';
import { ProviderConsentFields } from './ProviderConsentFields';
import { RecipientChecklist } from './RecipientChecklist';
import { useDates } from '../format/useDates';

/**
 * The coordinator records the patient's sharing preferences as a new version.
 * The form starts from the version in force and lists only people on the team
 * now; anything left unticked is not shared.
 */
export function ConsentForm({ patientId, team, pcpUserId, current, onRecorded }: {
  patientId: string;
  team: readonly CareTeamMember[];
  /** The designated primary care physician, if any. */
  pcpUserId: string | null;
  current: SharingPreferences;
  onRecorded: (version: ConsentVersion) => void;
}) {
  const family = familyMembers(team);
  const [sharing, setSharing] = useState<Map<string, FamilySharing>>(() => new Map(family.map((m) => [m.userId,
    current.family.find((f) => f.userId === m.userId) ?? { userId: m.userId, sharedPlan: false, proposeGoals: false }])));
  const [behavioral, setBehavioral] = useState(() => new Set(current.behavioralHealth));
  const [substance, setSubstance] = useState(() => new Set(current.substanceUse));
  // Team providers who have left the team, or moved to the family side, drop out: the server would refuse them.
  const [providers, setProviders] = useState<ProviderSharing[]>(() => current.providers.filter((p) =>
    p.kind === 'external' || providerCandidates(team).some((m) => m.userId === p.userId)));
  const [method, setMethod] = useState<StaffConsentMethod>('verbal');
  const dates = useDates();
  const [givenOn, setGivenOn] = useState(() => dates.today());
  const [note, setNote] = useState('');
  const { busy, error, submit } = useFormSubmit('Consent was not recorded. Please try again.');

  const setFamily = (userId: string, patch: Partial<FamilySharing>) => setSharing((map) => {
    const next = new Map(map);
    const entry = { ...next.get(userId)!, ...patch };
    // Suggesting goals without seeing the plan makes no sense: withdrawing the plan withdraws both.
    if (!entry.sharedPlan) entry.proposeGoals = false;
    return next.set(userId, entry);
  });
  const onTeam = (ids: ReadonlySet<string>, people: readonly CareTeamMember[]) => [...ids].filter((id) => people.some((m) => m.userId === id));

  const record = (event: FormEvent) => submit(event, async () => {
    const preferences = {
      family: [...sharing.values()],
      behavioralHealth: onTeam(behavioral, behavioralHealthCandidates(team)),
      substanceUse: onTeam(substance, substanceUseCandidates(team)),
      providers,
    };
    onRecorded(await endpoints.recordConsent(patientId, { preferences, method, givenOn, note }));
    setNote('');
  });

  return (
    <form className="consent-form" onSubmit={(e) => void record(e)} aria-labelledby="consent-form-title">
      <h3 id="consent-form-title">Record the patient's consent</h3>
      <fieldset className="consent-group">
        <legend>Family members and caregivers</legend>
        <p className="hint">Turning sharing off takes effect at once: they are disconnected from the plan and the threads shared with family.</p>
        {family.length === 0 && <p className="empty">No family caregivers on the team yet. Invite one below.</p>}
        {family.map((m) => {
          const entry = sharing.get(m.userId)!;
          return (
            <div key={m.userId} className="consent-person">
              <strong>{m.name}</strong>
              <label className="checkbox">
                <input type="checkbox" checked={entry.sharedPlan} onChange={(e) => setFamily(m.userId, { sharedPlan: e.target.checked })} />
                May see the shared plan<span className="visually-hidden"> ({m.name})</span>
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={entry.proposeGoals} disabled={!entry.sharedPlan}
                  onChange={(e) => setFamily(m.userId, { proposeGoals: e.target.checked })} />
                May suggest goals<span className="visually-hidden"> ({m.name})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <RecipientChecklist id="consent-bh" legend="Behavioral health content" people={behavioralHealthCandidates(team)} chosen={behavioral} onChange={setBehavioral}
        explanation="Behavioral health clinicians and the care coordinator always see it. Tick anyone else the patient agrees may see it." />
      <RecipientChecklist id="consent-su" legend="Substance-use records" people={substanceUseCandidates(team)} chosen={substance} onChange={setSubstance}
        explanation="Substance-use records need the patient's specific consent for each person. Behavioral health clinicians always see them." />
      <ProviderConsentFields team={team} pcpUserId={pcpUserId} providers={providers} onChange={setProviders} />
      {error?.fields.filter((f) => f.path.replace(/^body\./, '').startsWith('preferences')).map((f) => (
        <p key={f.path} className="field-error">{f.message}</p>
      ))}
      <div className="form-row">
        <div className="field">
          <label htmlFor="consent-method">How the patient gave consent</label>
          <select id="consent-method" value={method} onChange={(e) => setMethod(e.target.value as StaffConsentMethod)} {...fieldErrorProps(error, 'method', 'consent-method')}>
            {STAFF_CONSENT_METHODS.map((m) => <option key={m} value={m}>{CONSENT_METHOD_LABELS[m]}</option>)}
          </select>
          <FieldMessage error={error} field="method" inputId="consent-method" />
        </div>
        <div className="field">
          <label htmlFor="consent-given-on">Date given</label>
          <input id="consent-given-on" type="date" required max={dates.today()} value={givenOn} onChange={(e) => setGivenOn(e.target.value)}
            {...fieldErrorProps(error, 'givenOn', 'consent-given-on')} />
          <FieldMessage error={error} field="givenOn" inputId="consent-given-on" />
        </div>
      </div>
      <label htmlFor="consent-note">Note <span className="muted">(optional, e.g. who witnessed it)</span></label>
      <textarea id="consent-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} {...fieldErrorProps(error, 'note', 'consent-note')} />
      <FieldMessage error={error} field="note" inputId="consent-note" />
      <FormError error={error} />
      <p className="hint">Recording creates a new version. Earlier versions are kept.</p>
      <button type="submit" className="button" disabled={busy}>{busy ? 'Recording…' : 'Record consent'}</button>
    </form>
  );
}
