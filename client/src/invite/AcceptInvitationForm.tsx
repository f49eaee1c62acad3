import type { InvitationPreview } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('invite');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const { busy, error, submit } = useFormSubmit(t('form.failed'));
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
      <p className="muted"><Trans t={t} i18nKey="form.for" values={{ email: preview.email }} components={{ strong: <strong /> }} /></p>
      {!existing && (
        <>
          <label htmlFor="invite-name">{t('form.name')}</label>
          <p className="hint" id="invite-name-hint">{t('form.nameHint')}</p>
          <input id="invite-name" autoComplete="name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)}
            {...fieldErrorProps(error, 'name', 'invite-name', 'invite-name-hint')} />
          <FieldMessage error={error} field="name" inputId="invite-name" />
        </>
      )}
      <label htmlFor="invite-password">{existing ? t('form.password') : t('form.choosePassword')}</label>
      {!existing && <p className="hint" id="invite-password-hint">{t('form.passwordHint')}</p>}
      <input id="invite-password" type={showPassword ? 'text' : 'password'} autoComplete={existing ? 'current-password' : 'new-password'} required
        minLength={existing ? undefined : 12} maxLength={200} value={password} onChange={(e) => setPassword(e.target.value)}
        {...fieldErrorProps(error, 'password', 'invite-password', existing ? undefined : 'invite-password-hint')} />
      <FieldMessage error={error} field="password" inputId="invite-password" />
      <label className="checkbox">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> {t('form.showPassword')}
      </label>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy}>{busy ? t('form.accepting') : existing ? t('form.signInAndAccept') : t('form.accept')}</button>
    </form>
  );
}
