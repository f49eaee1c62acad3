import { useEffect, useRef } from 'react';
import type { OutboxKind } from '../outbox/outboxStore';

/** "1 note and 2 actions are": what waits in the outbox, counted by kind. */
function whatWaits(unsent: Record<OutboxKind, number>): string {
  const parts = [
    unsent.note > 0 ? (unsent.note === 1 ? '1 note' : `${unsent.note} notes`) : null,
    unsent.action > 0 ? (unsent.action === 1 ? '1 action (a task or a tracking step)' : `${unsent.action} actions (tasks or tracking steps)`) : null,
  ].filter((p): p is string => p !== null);
  return `${parts.join(' and ')} ${unsent.note + unsent.action === 1 ? 'is' : 'are'}`;
}

/** Sign-out with notes or actions not sent yet: they would be deleted from this device, so the person chooses. */
export function SignOutConfirmDialog({ unsent, onStay, onDiscard }: { unsent: Record<OutboxKind, number>; onStay: () => void; onDiscard: () => void }) {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  const one = unsent.note + unsent.action === 1;
  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby="signout-unsent-title" aria-describedby="signout-unsent-text">
        <h2 id="signout-unsent-title">Not sent yet</h2>
        <p id="signout-unsent-text">{whatWaits(unsent)} not sent yet. Signing out deletes {one ? 'it' : 'them'} from this device; stay signed in to send {one ? 'it' : 'them'} when the connection is back.</p>
        <div className="dialog-actions">
          <button ref={stay} type="button" className="button" onClick={onStay}>Stay signed in</button>
          <button type="button" className="button secondary" onClick={onDiscard}>Discard and sign out</button>
        </div>
      </div>
    </div>
  );
}
