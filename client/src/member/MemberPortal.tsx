import type { CareTeamMember, NoteAnchor } from '@carehuddle/shared';
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DiscussionContext } from '../notes/DiscussionContext';
import { NotesPanel } from '../notes/NotesPanel';
import type { Notes } from '../notes/useNotes';
import { PlanDocumentView } from '../plan/PlanDocumentView';
import { SuggestGoalForm } from '../review/SuggestGoalForm';
import { UpcomingConferences } from '../review/UpcomingConferences';
import { useLargeText } from '../review/useLargeText';
import { ApprovePlanCard } from './ApprovePlanCard';
import { memberSectionTitles, memberWords as w } from './memberWords';

/**
 * The member's own portal: messages with the team first (phones), agreeing with
 * the signed plan, the shared plan in plain words, suggesting a goal, meetings
 * they are invited to and who coordinates their care. The server sends only
 * what a member may see; this page decides nothing about access.
 */
export function MemberPortal({ patientId, team, notes, me }: { patientId: string; team: readonly CareTeamMember[]; notes: Notes; me: string }) {
  const [search] = useSearchParams();
  const [largeText, setLargeText] = useLargeText();
  const everything = w.aboutEverything;
  const [topic, setTopic] = useState<{ anchor: NoteAnchor; title: string }>({ anchor: { kind: 'patient' }, title: everything });
  const messages = useRef<HTMLDivElement>(null);
  const discussion = useMemo(() => ({
    notes,
    open: (anchor: NoteAnchor, title: string) => {
      setTopic({ anchor, title });
      messages.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
  }), [notes]);
  const coordinator = team.find((m) => m.role === 'care_coordinator');

  return (
    <div className="review member-portal">
      <header className="review-head">
        <div>
          <h1>{w.title}</h1>
          <p className="review-intro">{w.intro}</p>
        </div>
        <button type="button" className="button secondary" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>{w.largeText}</button>
      </header>
      <DiscussionContext.Provider value={discussion}>
        <div className="review-layout">
          <div className="review-side" ref={messages}>
            <NotesPanel notes={notes} anchor={topic.anchor} title={topic.title} team={team} heading={w.messagesHeading}
              canResolve={false} familySide me={me} isCoordinator={false} openThreadId={search.get('thread')} />
            {topic.anchor.kind !== 'patient' && (
              <button type="button" className="button secondary" onClick={() => setTopic({ anchor: { kind: 'patient' }, title: everything })}>{w.showAllMessages}</button>
            )}
            {coordinator && (
              <section className="card" aria-labelledby="member-coordinator-title">
                <h2 id="member-coordinator-title">{w.coordinatorHeading}</h2>
                <p>{w.coordinatorIntro(coordinator.name)}</p>
              </section>
            )}
          </div>
          <div className="review-plan">
            <ApprovePlanCard patientId={patientId} me={me} />
            <PlanDocumentView patientId={patientId} audience="shared" team={team} plainWords sectionTitles={memberSectionTitles} />
            <SuggestGoalForm patientId={patientId} firstName={w.you} />
            <UpcomingConferences patientId={patientId} firstName={w.you} />
          </div>
        </div>
      </DiscussionContext.Provider>
    </div>
  );
}
