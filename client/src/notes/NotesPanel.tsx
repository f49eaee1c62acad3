import type { CareTeamMember, NoteAnchor, Thread, ThreadVisibility } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFamilySide } from '../patient/familySide';
import { Composer } from './Composer';
import './notes.css';
import { PendingNotes } from './PendingNotes';
import { ThreadFilters } from './ThreadFilters';
import { filterThreads, sameAnchor, type ThreadFilter } from './threadFilters';
import { ThreadList } from './ThreadList';
import { ThreadView } from './ThreadView';
import type { Notes } from './useNotes';

/** Collapsed threads shown at first and added by "Show more threads": enough for a day's discussion, cheap to render. */
const THREADS_PER_PAGE = 20;

/**
 * Who may be mentioned in a thread of this visibility: in a team-only thread nobody from the family side.
 * The team is already what the server shows this reader (the family sees only whom the patient's consent covers);
 * the writer themself is left out by the composer's suggestions.
 */
export function mentionableIn(team: readonly CareTeamMember[], visibility: ThreadVisibility): CareTeamMember[] {
  return team.filter((m) => visibility === 'family' || !isFamilySide(m.role));
}

/**
 * Huddle notes of a patient: the new-note box first, then filters and the
 * threads collapsed to their first line (open one to read and reply). The
 * panel is about one anchor (a plan item or the whole plan); new threads are
 * about it, and "About …" lists only its threads.
 */
export function NotesPanel({ notes, anchor, title, team, canResolve, familySide, me, isCoordinator, heading, openThreadId = null }: {
  me: string;
  /** What the panel is called (the team's "huddle notes" when absent); family members see plainer words. */
  heading?: string;
  isCoordinator: boolean;
  notes: Notes;
  anchor: NoteAnchor;
  title: string;
  team: readonly CareTeamMember[];
  canResolve: boolean;
  familySide: boolean;
  /** A thread to open, scroll to and focus (a mention's deep link). */
  openThreadId?: string | null;
}) {
  const { t } = useTranslation('notes');
  const called = heading ?? t('panel.heading');
  const [visibility, setVisibility] = useState<ThreadVisibility>(familySide ? 'family' : 'team');
  const anchorKey = JSON.stringify(anchor);
  const [choice, setChoice] = useState<{ anchorKey: string; filter: ThreadFilter } | null>(null);
  // Opening the discussion of another item shows that item's threads first.
  const filter = choice?.anchorKey === anchorKey ? choice.filter : anchor.kind === 'patient' ? 'all' : 'about';
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(THREADS_PER_PAGE);
  const [linked, setLinked] = useState<string | null>(null);
  const open = (thread: Thread) => {
    setExpanded((set) => new Set(set).add(thread.id));
    if (thread.unread) notes.markRead(thread.id);
  };

  const linkedIndex = openThreadId ? notes.threads.findIndex((t) => t.id === openThreadId) : -1;
  useEffect(() => {
    if (!openThreadId || linked === openThreadId || linkedIndex < 0) return;
    setLinked(openThreadId);
    setChoice({ anchorKey, filter: 'all' });
    setLimit((l) => Math.max(l, linkedIndex + 1));
    open(notes.threads[linkedIndex]!);
  });

  const listed = filterThreads(notes.threads, filter, { anchor, me });
  const shown = listed.slice(0, limit);
  const newThreads = notes.pending.filter((p) => p.threadId === null && sameAnchor(p.anchor, anchor));
  return (
    <section className="card notes-panel" aria-label={`${called}: ${title}`}>
      <h2>{called} <span className="muted">· {title}</span></h2>
      {!notes.connected && <p className="notice">{t('panel.reconnecting')}</p>}
      <Composer id="new-thread" label={t('panel.newNote')} team={mentionableIn(team, visibility)} me={me}
        onSend={(body, mentions) => notes.post(anchor, body, { visibility, mentions })}>
        {!familySide && (
          <span className="field inline-field">
            <label htmlFor="thread-visibility">{t('panel.whoCanSee')}</label>
            <select id="thread-visibility" value={visibility} onChange={(e) => setVisibility(e.target.value as ThreadVisibility)}>
              <option value="team">{t('panel.teamOnly')}</option>
              <option value="family">{t('panel.sharedWithFamily')}</option>
            </select>
          </span>
        )}
      </Composer>
      <PendingNotes pending={newThreads} notes={notes} />
      {notes.threads.length > 0 && (
        <ThreadFilters topic={title} value={filter} unread={notes.threads.filter((t) => t.unread).length} onChange={(f) => setChoice({ anchorKey, filter: f })} />
      )}
      {listed.length === 0 ? <p className="empty">{filter === 'about' || filter === 'all' ? t('panel.noDiscussion') : t('panel.noMatch')}</p> : (
        <>
          <p id="thread-list-hint" className="visually-hidden">{t('panel.listHint')}</p>
          <ThreadList threads={shown} expanded={expanded} focusThreadId={linked}
            onToggle={(t) => (expanded.has(t.id) ? setExpanded((set) => { const next = new Set(set); next.delete(t.id); return next; }) : open(t))}
            renderThread={(t, id) => (
              <ThreadView id={id} thread={t} notes={notes} team={team} mentionable={mentionableIn(team, t.visibility)}
                canResolve={canResolve} me={me} isCoordinator={isCoordinator} />
            )} />
          {listed.length > shown.length && (
            <button type="button" className="button secondary small" onClick={() => setLimit(limit + THREADS_PER_PAGE)}>
              {t('panel.showMore', { count: listed.length - shown.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
