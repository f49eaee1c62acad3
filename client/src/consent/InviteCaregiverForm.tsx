import { CONSENT_METHOD_LABELS, CONSENT_METHODS, LANGUAGES, LanguageSchema, type ConsentMethod, type CreatedInvitation, type Language } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { autonym } from '../i18n/autonym';

/** The coordinator invites a family caregiver to this patient's shared plan, recording how the patient agreed. */
export function InviteCaregiverForm({ patientId, onInvited }: { patientId: string; onInvited: (created: CreatedInvitation) => void }) {
  const [email, setEmail] = useState('');
  const [relationship, setRelationship] = useState('');
  const [consentMethod, setConsentMethod] = useState<ConsentMethod>('verbal');
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
          <select id="invite-consent" value={consentMethod} onChange={(e) => setConsentMethod(e.target.value as ConsentMethod)}
            {...fieldErrorProps(error, 'consentMethod', 'invite-consent')}>
            {CONSENT_METHODS.map((m) => <option key={m} value={m}>{CONSENT_METHOD_LABELS[m]}</option>)}
          </select>
          <FieldMessage error={error} field="consentMethod" inputId="invite-consent" />
        </div>
        <div className="field">
          <label htmlFor="invite-language">Their language</label>
          {/* The e-mail is written in it and their pages start in it; they can switch later. */}
          <select id="invite-language" value={language} onChange={(e) => setLanguage(LanguageSchema.catch('en').parse(e.target.value))}
            {...fieldErrorProps(error, 'language', 'invite-language')}>
            {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{autonym(l)}</option>)}
          </select>
          <FieldMessage error={error} field="language" inputId="invite-language" />
        </div>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={proposeGoals} onChange={(e) => setProposeGoals(e.target.checked)} /> May suggest goals
      </label>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy}>{busy ? 'Creating…' : 'Create invitation link'}</button>
    </form>
  );
}
