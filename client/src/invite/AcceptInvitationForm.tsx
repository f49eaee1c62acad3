import type { InvitationPreview } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';

/**
 * Accepting an invitation: a new account chooses a name and password; someone
 * who already has an account only proves it with their password. Resolves with
 * the patient the caregiver may now see.
 */
export function AcceptInvitationForm({ token, preview, onAccepted, onGone }: {
  token: string;
  preview: InvitationPreview;
  onAccepted: (patientId: string) => void;
  /** The link stopped working while the form was open (used elsewhere, expired, withdrawn). */
  onGone: () => void;
}) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const { busy, error, submit } = useFormSubmit('Something went wrong. Please try again.');
  const existing = preview.accountExists;

  const accept = (event: FormEvent) => submit(event, async () => {
    // The contract requires a name; for an existing account the server ignores it, so the address's local part stands in.
    const accepted = await endpoints.acceptInvitation(token, { name: existing ? (preview.email.split('@')[0] ?? 'caregiver') : name, password });
    onAccepted(accepted.patientId);
  }, (failure) => {
    if (failure.status !== 410) return false;
    onGone();
    return true;
  });

  return (
    <form className="stack-form" onSubmit={(e) => void accept(e)}>
      <p className="muted">Invitation for <strong>{preview.email}</strong></p>
      {!existing && (
        <>
          <label htmlFor="invite-name">Your name</label>
          <p className="hint" id="invite-name-hint">The care team will see this name next to your messages.</p>
          <input id="invite-name" autoComplete="name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)}
            {...fieldErrorProps(error, 'name', 'invite-name', 'invite-name-hint')} />
          <FieldMessage error={error} field="name" inputId="invite-name" />
        </>
      )}
      <label htmlFor="invite-password">{existing ? 'Your password' : 'Choose a password'}</label>
      {!existing && <p className="hint" id="invite-password-hint">At least 12 characters. A short sentence is easy to remember.</p>}
      <input id="invite-password" type={showPassword ? 'text' : 'password'} autoComplete={existing ? 'current-password' : 'new-password'} required
        minLength={existing ? undefined : 12} maxLength={200} value={password} onChange={(e) => setPassword(e.target.value)}
        {...fieldErrorProps(error, 'password', 'invite-password', existing ? undefined : 'invite-password-hint')} />
      <FieldMessage error={error} field="password" inputId="invite-password" />
      <label className="checkbox">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> Show password
      </label>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy}>{busy ? 'Accepting…' : existing ? 'Sign in and accept' : 'Accept and continue'}</button>
    </form>
  );
}
