import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { reportActivity } from './idleActivity';

/** A minute before the automatic sign-out: the person may stay signed in or sign out now. */
export function IdleWarningDialog({ secondsLeft, onSignOut }: { secondsLeft: number; onSignOut: () => void }) {
  const { t } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
        <h2 id="idle-title">{t('session.idleTitle')}</h2>
        <p id="idle-text">
          <Trans t={t} i18nKey="session.idleText" count={secondsLeft} components={{ strong: <strong /> }} />
        </p>
        <div className="dialog-actions">
          <button ref={stay} type="button" className="button" onClick={() => void reportActivity(true)}>{t('session.stay')}</button>
          <button type="button" className="button secondary" onClick={onSignOut}>{t('session.signOutNow')}</button>
        </div>
      </div>
    </div>
  );
}
