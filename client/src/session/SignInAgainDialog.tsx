import type { Me } from '@carehuddle/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';

/**
 * The session ended (idle sign-out, expiry, signed out elsewhere) while the
 * page was open: the person signs in again here, over a page that stays as it
 * was (its unsent notes and edits included) but is hidden and inert meanwhile.
 */
export function SignInAgainDialog({ user, reason, onSignedIn, onSomeoneElse }: {
  user: Me;
  reason: string;
  onSignedIn: (me: Me) => void;
  /** Another person wants to use this browser: leave for the sign-in page. */
  onSomeoneElse: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const passwordInput = useRef<HTMLInputElement>(null);
  const { busy, error, submit } = useFormSubmit(t('session.failed'));
  useEffect(() => passwordInput.current?.focus(), []);
  // A wrong password is the password's fault: its sentence goes beside that field.
  const passwordError = error?.fieldMessage('password') ?? (error && error.fields.length === 0 ? error.message : undefined);
  return (
    <div className="dialog-backdrop session-ended-backdrop">
      <div className="dialog card" role="dialog" aria-modal="true" aria-labelledby="signin-again-title" aria-describedby="signin-again-reason">
        <h2 id="signin-again-title">{t('session.againTitle')}</h2>
        <p id="signin-again-reason">{t('session.againText', { reason })}</p>
        <form onSubmit={(e) => void submit(e, async () => onSignedIn((await endpoints.login(user.email, password)).user))}>
          <label htmlFor="signin-again-email">{t('session.email')}</label>
          <input id="signin-again-email" type="email" autoComplete="username" readOnly value={user.email} {...fieldErrorProps(error, 'email', 'signin-again-email')} />
          <FieldMessage error={error} field="email" inputId="signin-again-email" />
          <label htmlFor="signin-again-password">{t('session.password')}</label>
          <input id="signin-again-password" ref={passwordInput} type="password" autoComplete="current-password" required value={password}
            onChange={(e) => setPassword(e.target.value)} aria-invalid={Boolean(passwordError)} aria-describedby={passwordError ? 'signin-again-password-error' : undefined} />
          {passwordError && <p className="field-error" id="signin-again-password-error">{passwordError}</p>}
          {error && error.fields.length > 0 && !error.fieldMessage('password') && !error.fieldMessage('email') && <FormError error={error} />}
          <div className="dialog-actions">
            <button type="submit" className="button" disabled={busy}>{busy ? t('session.signingIn') : t('session.signIn')}</button>
            <button type="button" className="button secondary" onClick={onSomeoneElse}>{t('session.someoneElse', { name: user.name })}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
