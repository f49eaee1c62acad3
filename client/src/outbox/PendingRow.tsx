import type { OutboxState } from './outboxQueue';

const WHY: Record<OutboxState, string> = {
  sending: 'Sending…',
  waiting: 'Not sent yet. It is kept on this device and sent when the connection is back.',
  refused: 'Not sent yet.',
};

/**
 * Something the server has not stored yet (a note, a task action, a tracking step):
 * what it is, why it waits, and retry or discard. `thing` names it for screen
 * readers ("this note", "Complete: Call the pharmacy").
 */
export function PendingRow({ what, thing, state, error, onRetry, onDiscard }: {
  what: string; thing: string; state: OutboxState; error?: string | undefined; onRetry: () => void; onDiscard: () => void;
}) {
  return (
    <div className={`pending-note ${state}`}>
      <p dir="auto">{what}</p>
      <p className="muted">
        {WHY[state]}{error ? ` ${error}` : ''}
        {state !== 'sending' && (
          <>
            {' '}<button type="button" className="link" onClick={onRetry}>Retry<span className="visually-hidden"> sending {thing}</span></button>
            {' '}<button type="button" className="link" onClick={onDiscard}>Discard<span className="visually-hidden"> {thing}</span></button>
          </>
        )}
      </p>
    </div>
  );
}
