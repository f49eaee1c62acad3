import type { CareTeamMember, Thread } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../components/RoleBadge';
import { useOfferUndo } from '../undo/UndoToasts';
import { Composer } from './Composer';
import { NoteActions } from './NoteActions';
import { NoteBody } from './NoteBody';
import { PendingNotes } from './PendingNotes';
import type { Notes } from './useNotes';
import { AttachmentPanel } from '../attachments/AttachmentPanel';
import { useDates } from '../format/useDates';

/** An open thread: its notes (retracted ones as stubs), typing, resolve, and a reply box. */
export function ThreadView({ id, thread, notes, team, mentionable, canResolve, me, isCoordinator }: {
  id: string;
  thread: Thread;
  notes: Notes;
  /** Everyone on the team, to show mentioned people by name. */
  team: readonly CareTeamMember[];
  /** Who may be mentioned in a reply. */
  mentionable: readonly CareTeamMember[];
  canResolve: boolean;
  me: string;
  isCoordinator: boolean;
}) {
  const { t } = useTranslation('notes');
  const dates = useDates();
  const typingName = notes.typing.get(thread.id);
  const nameOf = (userId: string) => team.find((m) => m.userId === userId)?.name;
  const offerUndo = useOfferUndo();
  const retract = (noteId: string, reason: string) => {
    notes.retract(noteId, reason).then(() => offerUndo(t('thread.retracted'), () => notes.unretract(noteId)), () => undefined);
  };
  return (
    <div id={id} className={`thread${thread.resolved ? ' resolved' : ''}`} onFocus={() => thread.unread && notes.markRead(thread.id)}>
      <ol className="notes">
        {thread.notes.map((n) => (
          <li key={n.id} className="note">
            <div className="note-meta"><strong>{n.author.name}</strong><RoleBadge role={n.author.role} /> <span className="muted">{dates.dateTime(n.createdAt)}{n.editedAt ? ` · ${t('thread.edited')}` : ''}</span></div>
            {n.retracted ? <p className="note-body retracted" dir="auto">{t('thread.retractedBy', { name: n.retracted.by, reason: n.retracted.reason })}</p> : (
              <NoteBody text={n.body ?? ''} mentionNames={n.mentions.map(nameOf).filter((name) => name !== undefined)} />
            )}
            <NoteActions note={n} canRetract={n.author.userId === me || isCoordinator}
              onEdit={n.author.userId === me ? (body) => notes.edit(n.id, body, n.mentions.filter((userId) => body.includes(`@${nameOf(userId) ?? ''}`))) : null} onRetract={(reason) => retract(n.id, reason)} />
          </li>
        ))}
      </ol>
      {/* Whoever may read a thread may add files to it, as they may reply. */}
      <AttachmentPanel target={{ kind: 'thread', threadId: thread.id }} label={t('thread.files')} canAdd />
      <PendingNotes pending={notes.pending.filter((p) => p.threadId === thread.id)} notes={notes} />
      {typingName && <p className="muted typing" role="status">{t('thread.typing', { name: typingName })}</p>}
      <div className="thread-actions">
        {canResolve && (
          <button type="button" className="link small-link" onClick={() => notes.resolve(thread.id, !thread.resolved)}>{thread.resolved ? t('thread.reopen') : t('thread.resolve')}</button>
        )}
      </div>
      <Composer id={thread.id} label={t('thread.reply')} team={mentionable} me={me}
        onSend={(body, mentions) => notes.post(thread.anchor, body, { threadId: thread.id, mentions })}
        onTyping={(typing) => notes.setTyping(thread.id, typing)} />
    </div>
  );
}
