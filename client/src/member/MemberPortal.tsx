import type { CareTeamMember } from '@carehuddle/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DiscussionContext } from '../notes/DiscussionContext';
import { NotesPanel } from '../notes/NotesPanel';
import type { Notes } from '../notes/useNotes';
import { PlanDocumentView } from '../plan/PlanDocumentView';
import { SuggestGoalForm } from '../review/SuggestGoalForm';
import { UpcomingConferences } from '../review/UpcomingConferences';
import { useLargeText } from '../review/useLargeText';
import { useMessagesTopic } from '../review/useMessagesTopic';
import { CoordinatorContact } from '../review/CoordinatorContact';
import { ApprovePlanCard } from './ApprovePlanCard';
import { FamilySharingCard } from './FamilySharingCard';

/**
 * The member's own portal: messages with the team first (phones), agreeing with
 * the signed plan, the shared plan in plain words, suggesting a goal, meetings
 * they are invited to, who coordinates their care and who in their family sees
 * the plan (words: the `member`
 * catalog, English and Spanish). The server sends only
 * what a member may see; this page decides nothing about access.
 */
export function MemberPortal({ patientId, team, notes, me }: { patientId: string; team: readonly CareTeamMember[]; notes: Notes; me: string }) {
  const { t } = useTranslation('member');
  const [search] = useSearchParams();
  const [largeText, setLargeText] = useLargeText();
  const everything = t('aboutEverything');
  const { topic, showWholePlan, messages, discussion } = useMessagesTopic(notes);
  const sectionTitles = useMemo(() => ({
    goals: t('sections.goals'), whatMatters: t('sections.whatMatters'), preferences: t('sections.preferences'),
    advanceDirectives: t('sections.advanceDirectives'), riskSummary: t('sections.riskSummary'),
  }), [t]);

  return (
    <div className="review member-portal">
      <header className="review-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="review-intro">{t('intro')}</p>
        </div>
        <button type="button" className="button secondary" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>{t('largeText')}</button>
      </header>
      {/* First on a phone, before the messages: whom to call is what a member looks for most. */}
      <CoordinatorContact team={team} firstName={null} />
      <DiscussionContext.Provider value={discussion}>
        <div className="review-layout">
          <div className="review-side" ref={messages}>
            <NotesPanel notes={notes} anchor={topic.anchor} title={topic.title ?? everything} team={team} heading={t('messagesHeading')}
              canResolve={false} familySide me={me} isCoordinator={false} openThreadId={search.get('thread')} />
            {topic.anchor.kind !== 'patient' && (
              <button type="button" className="button secondary" onClick={showWholePlan}>{t('showAllMessages')}</button>
            )}
            <FamilySharingCard patientId={patientId} />
          </div>
          <div className="review-plan">
            <ApprovePlanCard patientId={patientId} me={me} />
            <PlanDocumentView patientId={patientId} audience="shared" team={team} plainWords sectionTitles={sectionTitles} />
            <SuggestGoalForm patientId={patientId} intro={t('suggestIntro')} />
            <UpcomingConferences patientId={patientId} title={t('meetingsHeading')} />
          </div>
        </div>
      </DiscussionContext.Provider>
    </div>
  );
}
