import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** Password change: the current password is required; other devices are signed out, this one stays. */
export function ChangePasswordForm() {
  const [form, setForm] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const { busy, error, submit } = useFormSubmit('Could not change the password. Please try again.');
  const message = (name: 'currentPassword' | 'newPassword') => error?.fieldMessage(name);
  const field = (name: keyof typeof EMPTY, label: string, problem: string | undefined, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`account-${name}`}>{label}</label>
      <input id={`account-${name}`} type="password" required autoComplete={autoComplete} value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })} aria-invalid={Boolean(problem)} />
      {problem && <p className="field-error">{problem}</p>}
    </div>
  );
  return (
    <section className="card" aria-labelledby="account-password">
      <form className="inline-form" onSubmit={(e) => void submit(e, async () => {
        setDone(false);
        setMismatch(form.newPassword !== form.confirm);
        if (form.newPassword !== form.confirm) return;
        await endpoints.changePassword({ currentPassword: form.currentPassword, newPassword: form.newPassword });
        setForm(EMPTY);
        setDone(true);
      })}>
        <h2 id="account-password">Change password</h2>
        {field('currentPassword', 'Current password', message('currentPassword'), 'current-password')}
        {field('newPassword', 'New password (12+ characters)', message('newPassword'), 'new-password')}
        {field('confirm', 'New password again', mismatch ? 'The two new passwords differ.' : undefined, 'new-password')}
        <button type="submit" className="button" disabled={busy}>Change password</button>
      </form>
      {done && <p className="notice" role="status">Password changed. Your other devices were signed out.</p>}
      {error && error.fields.length === 0 && <p className="alert" role="alert">{error.message}</p>}
    </section>
  );
}
