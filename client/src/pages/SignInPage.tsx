import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { useSession } from '../session/SessionContext';

const DEMO_ACCOUNTS = ['coordinator', 'physician', 'pharmacist', 'socialworker', 'behavioral', 'chw', 'nurse', 'caregiver', 'member', 'admin'];

/** E-mail and password sign-in, with the demo accounts listed for newcomers. */
export function SignInPage() {
  const { t } = useTranslation('staff', { keyPrefix: 'signIn' });
  const { user, notice, signedIn } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (user) return <Navigate to="/" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { user: me } = await endpoints.login(email, password);
      signedIn(me);
      void navigate('/');
    } catch (e) {
      setError(e instanceof ApiRequestError ? (e.fieldMessage('email') ?? e.fieldMessage('password') ?? e.message) : t('failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <section className="card signin-card" aria-labelledby="signin-title">
        <h1 id="signin-title">{t('title')}</h1>
        {notice && <p className="notice" role="status">{notice}</p>}
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor="email">{t('email')}</label>
          <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <label htmlFor="password">{t('password')}</label>
          <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          <div role="alert" className={error ? 'alert' : undefined}>{error}</div>
          <button type="submit" className="button" disabled={busy}>{busy ? t('signingIn') : t('submit')}</button>
        </form>
      </section>
      <aside className="card demo-accounts" aria-labelledby="demo-title">
        <h2 id="demo-title">{t('demoTitle')}</h2>
        <p><Trans t={t} i18nKey="demoPassword" values={{ password: 'carehuddle-demo' }} components={{ code: <code /> }} /></p>
        <ul>
          {DEMO_ACCOUNTS.map((key) => (
            <li key={key}>
              <button type="button" className="link" onClick={() => { setEmail(`${key}@demo.carehuddle.test`); setPassword('carehuddle-demo'); }}>
                {key}@demo.carehuddle.test
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </main>
  );
}
