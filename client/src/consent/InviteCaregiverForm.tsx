import { CONSENT_METHOD_LABELS, STAFF_CONSENT_METHODS, type StaffConsentMethod, type CreatedInvitation, type Language } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { InviteeLanguageField } from './InviteeLanguageField';

/** The coordinator invites a family caregiver to this patient's shared plan, recording how the patient agreed. */
export function InviteCaregiverForm({ patientId, onInvited }: { patientId: string; onInvited: (created: CreatedInvitation) => void }) {
  const [email, setEmail] = useState('');
  const [relationship, setRelationship] = useState('');
  const [consentMethod, setConsentMethod] = useState<StaffConsentMethod>('verbal');
  const [proposeGoals, setProposeGoals] = useState(false);
  const [language, setLanguage] = useState<Language>('en');
  const { busy, error, submit } = useFormSubmit('The invitation was not created. Please try again.');

  const invite = (event: FormEvent) => submit(event, async () => {
    onInvited(await endpoints.invite(patientId, { email, relationship, consentMethod, proposeGoals, language }));
    setEmail('');
    setRelationship('');
    setProposeGoals(false);
    setLanguage('en');
  });

  return (
    <form className="consent-form" onSubmit={(e) => void invite(e)} aria-labelledby="invite-form-title" noValidate>
      <h3 id="invite-form-title">Invite a family caregiver</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor="invite-email">E-mail</label>
          <input id="invite-email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)}
            {...fieldErrorProps(error, 'email', 'invite-email')} />
          <FieldMessage error={error} field="email" inputId="invite-email" />
        </div>
        <div className="field">
          <label htmlFor="invite-relationship">Relationship to the patient</label>
          <input id="invite-relationship" placeholder="e.g. daughter" maxLength={60} value={relationship} onChange={(e) => setRelationship(e.target.value)}
            {...fieldErrorProps(error, 'relationship', 'invite-relationship')} />
          <FieldMessage error={error} field="relationship" inputId="invite-relationship" />
        </div>
        <div className="field">
          <label htmlFor="invite-consent">How the patient agreed to share</label>
          <select id="invite-consent" value={consentMethod} onChange={(e) => setConsentMethod(e.target.value as StaffConsentMethod)}
            {...fieldErrorProps(error, 'consentMethod', 'invite-consent')}>
            {STAFF_CONSENT_METHODS.map((m) => <option key={m} value={m}>{CONSENT_METHOD_LABELS[m]}</option>)}
          </select>
          <FieldMessage error={error} field="consentMethod" inputId="invite-consent" />
        </div>
        <InviteeLanguageField id="invite-language" value={language} onChange={setLanguage} error={error} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={proposeGoals} onChange={(e) => setProposeGoals(e.target.checked)} /> May suggest goals
      </label>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy}>{busy ? 'Creating…' : 'Create invitation link'}</button>
    </form>
  );
}
