import type { CareTeamMember, Thread } from '@carehuddle/shared';
import { RoleBadge } from '../components/RoleBadge';
import { Composer } from './Composer';
import { NoteActions } from './NoteActions';
import { NoteBody } from './NoteBody';
import type { Notes } from './useNotes';
import { useDates } from '../format/useDates';

/** One thread: its notes (retracted ones as stubs), typing, unread, resolve, and a reply box. */
export function ThreadView({ thread, notes, team, canResolve, me, isCoordinator }: {
  thread: Thread;
  notes: Notes;
  team: readonly CareTeamMember[];
  canResolve: boolean;
  me: string;
  isCoordinator: boolean;
}) {
  const dates = useDates();
  const typingName = notes.typing.get(thread.id);
  return (
    <article className={`thread${thread.resolved ? ' resolved' : ''}${thread.unread ? ' unread' : ''}`} aria-label={`Thread: ${thread.notes[0]?.body ?? 'retracted note'}`}
      onFocus={() => thread.unread && notes.markRead(thread.id)} onPointerEnter={() => thread.unread && notes.markRead(thread.id)}>
      <header className="thread-head">
        {thread.unread && <span className="badge unread-badge">New</span>}
        {thread.visibility === 'family' && <span className="badge family-badge">Shared with family</span>}
        {thread.resolved && <span className="badge">Resolved</span>}
        {canResolve && (
          <button type="button" className="link small-link" onClick={() => notes.resolve(thread.id, !thread.resolved)}>{thread.resolved ? 'Reopen' : 'Resolve'}</button>
        )}
      </header>
      <ol className="notes">
        {thread.notes.map((n) => (
          <li key={n.id} className="note">
            <div className="note-meta"><strong>{n.author.name}</strong><RoleBadge role={n.author.role} /> <span className="muted">{dates.dateTime(n.createdAt)}{n.editedAt ? ' · edited' : ''}</span></div>
            {n.retracted ? <p className="note-body retracted" dir="auto">Retracted by {n.retracted.by}: {n.retracted.reason}</p> : <NoteBody text={n.body ?? ''} />}
            <NoteActions note={n} canRetract={n.author.userId === me || isCoordinator}
              onEdit={n.author.userId === me ? (body) => notes.edit(n.id, body) : null} onRetract={(reason) => notes.retract(n.id, reason)} />
          </li>
        ))}
      </ol>
      {typingName && <p className="muted typing" role="status">{typingName} is typing…</p>}
      <Composer id={thread.id} label="Reply" team={team}
        onSend={(body, mentions) => notes.post(thread.anchor, body, { threadId: thread.id, mentions })}
        onTyping={(typing) => notes.setTyping(thread.id, typing)} />
    </article>
  );
}
