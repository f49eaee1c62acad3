import type { Notes, PendingNote } from './useNotes';

/** Notes on their way: "Sending…", or why they were not sent (a sentence from the server) with a retry. */
export function PendingNotes({ pending, notes }: { pending: readonly PendingNote[]; notes: Notes }) {
  return pending.map((p) => (
    <div key={p.key} className={`pending-note ${p.state}`} role="status">
      <p dir="auto">{p.body}</p>
      {p.state === 'pending' ? <span className="muted">Sending…</span> : (
        <span>Not sent: {p.error} <button type="button" className="link" onClick={() => notes.retry(p.key)}>Retry</button></span>
      )}
    </div>
  ));
}
