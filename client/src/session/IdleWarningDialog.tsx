import { useEffect, useRef } from 'react';
import { reportActivity } from './idleActivity';

/** A minute before the automatic sign-out: the person may stay signed in or sign out now. */
export function IdleWarningDialog({ secondsLeft, onSignOut }: { secondsLeft: number; onSignOut: () => void }) {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
        <h2 id="idle-title">Are you still there?</h2>
        <p id="idle-text">
          To protect patient information you will be signed out in <strong>{secondsLeft} second{secondsLeft === 1 ? '' : 's'}</strong>.
          Nothing you have not sent yet is lost: sign in again on this page to carry on.
        </p>
        <div className="dialog-actions">
          <button ref={stay} type="button" className="button" onClick={() => void reportActivity(true)}>Stay signed in</button>
          <button type="button" className="button secondary" onClick={onSignOut}>Sign out now</button>
        </div>
      </div>
    </div>
  );
}
