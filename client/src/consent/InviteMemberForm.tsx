import type { CreatedInvitation, Language } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { InviteeLanguageField } from './InviteeLanguageField';

/**
 * The coordinator invites the member to their own portal (the same link rules
 * as a caregiver's). Hidden once the member has joined: one account per patient.
 */
export function InviteMemberForm({ patientId, onInvited }: { patientId: string; onInvited: (created: CreatedInvitation) => void }) {
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>('en');
  const { busy, error, submit } = useFormSubmit('The invitation was not created. Please try again.');

  const invite = (event: FormEvent) => submit(event, async () => {
    onInvited(await endpoints.inviteMember(patientId, { email, language }));
    setEmail('');
    setLanguage('en');
  });

  return (
    <form className="consent-form" onSubmit={(e) => void invite(e)} aria-labelledby="invite-member-title" noValidate>
      <h3 id="invite-member-title">Invite the member to their own portal</h3>
      <p className="muted">They will read their shared plan, message the team, suggest goals and approve the signed plan.</p>
      <div className="field">
        <label htmlFor="invite-member-email">Send the member's link to</label>
        <input id="invite-member-email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)}
          {...fieldErrorProps(error, 'email', 'invite-member-email')} />
        <FieldMessage error={error} field="email" inputId="invite-member-email" />
      </div>
      <InviteeLanguageField id="invite-member-language" value={language} onChange={setLanguage} error={error} />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy}>{busy ? 'Creating…' : 'Create member invitation link'}</button>
    </form>
  );
}
