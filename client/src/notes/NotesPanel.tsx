import type { CareTeamMember, NoteAnchor, ThreadVisibility } from '@carehuddle/shared';
import { useState } from 'react';
import { Composer } from './Composer';
import { PendingNoteRow } from './PendingNoteRow';
import { ThreadView } from './ThreadView';
import type { Notes } from './useNotes';

const sameAnchor = (a: NoteAnchor, b: NoteAnchor) => JSON.stringify(a) === JSON.stringify(b);

/** Huddle notes about one anchor (a plan item or the patient): threads, unsent notes, and a new-thread box. */
export function NotesPanel({ notes, anchor, title, team, canResolve, familySide, me, isCoordinator, heading = 'Huddle notes' }: {
  me: string;
  /** What the panel is called; family members see plainer words than the team's "huddle notes". */
  heading?: string;
  isCoordinator: boolean;
  notes: Notes;
  anchor: NoteAnchor;
  title: string;
  team: readonly CareTeamMember[];
  canResolve: boolean;
  familySide: boolean;
}) {
  const [visibility, setVisibility] = useState<ThreadVisibility>(familySide ? 'family' : 'team');
  const threads = notes.threads.filter((t) => sameAnchor(t.anchor, anchor));
  const pending = notes.pending.filter((p) => sameAnchor(p.anchor, anchor));
  return (
    <section className="card notes-panel" aria-label={`${heading}: ${title}`}>
      <h2>{heading} <span className="muted">· {title}</span></h2>
      {!notes.connected && <p className="notice">Reconnecting… notes you send will wait until the connection is back.</p>}
      {threads.length === 0 && <p className="empty">No discussion yet.</p>}
      {threads.map((t) => <ThreadView key={t.id} thread={t} notes={notes} team={team} canResolve={canResolve} me={me} isCoordinator={isCoordinator} />)}
      {/* One live region for the unsent notes: a state change is announced once, politely. */}
      <div role="status" aria-live="polite">
        {pending.map((p) => <PendingNoteRow key={p.key} note={p} onRetry={() => notes.retry(p.key)} onDiscard={() => notes.discard(p.key)} />)}
      </div>
      {!familySide && (
        <div className="field">
          <label htmlFor="thread-visibility">Who can see a new thread</label>
          <select id="thread-visibility" value={visibility} onChange={(e) => setVisibility(e.target.value as ThreadVisibility)}>
            <option value="team">Care team only</option>
            <option value="family">Shared with family</option>
          </select>
        </div>
      )}
      <Composer id="new-thread" label="New note" team={team} onSend={(body, mentions) => notes.post(anchor, body, { visibility, mentions })} />
    </section>
  );
}
