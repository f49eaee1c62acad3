import { useEffect, useRef } from 'react';

/** Sign-out with notes not sent yet: they would be deleted from this device, so the person chooses. */
export function SignOutConfirmDialog({ unsent, onStay, onDiscard }: { unsent: number; onStay: () => void; onDiscard: () => void }) {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  const notes = unsent === 1 ? '1 note is' : `${unsent} notes are`;
  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby="signout-unsent-title" aria-describedby="signout-unsent-text">
        <h2 id="signout-unsent-title">Notes not sent yet</h2>
        <p id="signout-unsent-text">{notes} not sent yet. Signing out deletes {unsent === 1 ? 'it' : 'them'} from this device; stay signed in to send {unsent === 1 ? 'it' : 'them'} when the connection is back.</p>
        <div className="dialog-actions">
          <button ref={stay} type="button" className="button" onClick={onStay}>Stay signed in</button>
          <button type="button" className="button secondary" onClick={onDiscard}>Discard and sign out</button>
        </div>
      </div>
    </div>
  );
}
