import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { useSession } from '../session/SessionContext';
import { ChangePasswordForm } from './ChangePasswordForm';
import { NotificationSettingsForm } from './NotificationSettingsForm';
import { OwnWorkPhone } from './OwnWorkPhone';

/** The signed-in person's account: who they are, a password change, and signing out on every device. */
export function AccountPage() {
  const { user, signedOutEverywhere } = useSession();
  const { busy, error, submit } = useFormSubmit('Could not sign out everywhere. Please try again.');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <h1>Your account</h1>
      <section className="card" aria-labelledby="account-who">
        <h2 id="account-who">Signed in as</h2>
        <p>{user?.name} · {user?.email}</p>
        <p className="hint">You are signed out after {user?.idleTimeoutMinutes} minutes without activity, and when you close the browser.</p>
      </section>
      {user?.kind === 'staff' && <OwnWorkPhone />}
      <ChangePasswordForm />
      <NotificationSettingsForm />
      <section className="card" aria-labelledby="account-everywhere">
        <h2 id="account-everywhere">Sign out everywhere</h2>
        <p>Ends every session of your account — other browsers, other computers and this one. Use it if you signed in on a shared or lost device.</p>
        {!confirming
          ? <button type="button" className="button secondary" onClick={() => setConfirming(true)}>Sign out everywhere…</button>
          : (
            <form className="inline-form" onSubmit={(e) => void submit(e, async () => {
              await endpoints.logoutEverywhere();
              await signedOutEverywhere();
            })}>
              <p role="alert">Sign out on every device now?</p>
              <button type="submit" className="button danger" disabled={busy}>Yes, sign out everywhere</button>
              <button type="button" className="button secondary" onClick={() => setConfirming(false)}>Cancel</button>
            </form>
          )}
        {error && <p className="alert" role="alert">{error.message}</p>}
      </section>
    </>
  );
}
