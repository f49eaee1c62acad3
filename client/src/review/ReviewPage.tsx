import type { CareTeamMember } from '@carehuddle/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAccessRevoked } from '../live/useAccessRevoked';
import { DiscussionContext } from '../notes/DiscussionContext';
import { NotesPanel } from '../notes/NotesPanel';
import { useNotes, type Notes } from '../notes/useNotes';
import { isFamilySide } from '../patient/familySide';
import { PlanDocumentView } from '../plan/PlanDocumentView';
import { useSession } from '../session/SessionContext';
import { AccessChangedPage } from './AccessChangedPage';
import { CareTeamNames } from './CareTeamNames';
import { CoordinatorContact } from './CoordinatorContact';
import { firstNameOf, plainSectionTitles } from './planReviewWords';
import { SuggestGoalForm } from './SuggestGoalForm';
import { UpcomingConferences } from './UpcomingConferences';
import { useLargeText } from './useLargeText';
import { useMessagesTopic } from './useMessagesTopic';
import { AttachmentsProvider } from '../attachments/AttachmentsContext';
import { MemberPortal } from '../member/MemberPortal';

/**
 * The family's plan review (or, for the member themself, their own portal): the shared plan (read-only, live), the threads
 * shared with family, meetings they are invited to and the team by name and
 * role. Everything shown here is what the server sends a family member; the
 * page itself decides nothing about access.
 */
export function ReviewPage() {
  const { t } = useTranslation('review');
  const { patientId = '' } = useParams();
  const { data: patient, error } = useServerQuery(['patient', patientId], () => endpoints.patient(patientId));
  const notes = useNotes(patientId);
  const { user } = useSession();
  const revoked = useAccessRevoked(patientId, notes.accessRevoked);
  if (revoked) return <AccessChangedPage firstName={patient ? firstNameOf(patient.name) : null} />;
  if (error) return <ErrorMessage error={error} />;
  if (!patient) return <p role="status">{t('loading')}</p>;
  // Staff work on the full plan; this page speaks to family.
  if (!isFamilySide(patient.myRole)) return <Navigate to={`/patients/${patient.id}/plan`} replace />;
  return (
    <AttachmentsProvider patientId={patient.id}>
      {patient.myRole === 'patient'
        ? <MemberPortal patientId={patient.id} team={patient.careTeam} notes={notes} me={user?.id ?? ''} />
        : <PlanReview patientId={patient.id} name={patient.name} team={patient.careTeam} proposeGoals={patient.myAccess.proposeGoals} notes={notes} />}
    </AttachmentsProvider>
  );
}

function PlanReview({ patientId, name, team, proposeGoals, notes }: {
  patientId: string;
  name: string;
  team: readonly CareTeamMember[];
  proposeGoals: boolean;
  notes: Notes;
}) {
  const { t } = useTranslation('review');
  const first = firstNameOf(name);
  const { user } = useSession();
  const [search] = useSearchParams();
  const [largeText, setLargeText] = useLargeText();
  const everything = t('planInGeneral', { firstName: first });
  const { topic, showWholePlan, messages, discussion } = useMessagesTopic(notes);
  const titles = useMemo(() => plainSectionTitles(t, first), [t, first]);

  return (
    <div className="review">
      <header className="review-head">
        <div>
          <h1>{t('title', { firstName: first })}</h1>
          <p className="review-intro">{t('intro', { firstName: first })}</p>
        </div>
        <button type="button" className="button secondary" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
          {t('largeText')}
        </button>
      </header>
      <CoordinatorContact team={team} firstName={first} />
      <DiscussionContext.Provider value={discussion}>
        <div className="review-layout">
          <div className="review-plan">
            <PlanDocumentView patientId={patientId} audience="shared" team={team} plainWords sectionTitles={titles} />
            {proposeGoals && <SuggestGoalForm patientId={patientId} intro={t('suggest.intro', { firstName: first })} />}
          </div>
          <div className="review-side" ref={messages}>
            <NotesPanel notes={notes} anchor={topic.anchor} title={topic.title ?? everything} team={team} heading={t('messagesHeading', { firstName: first })}
              canResolve={false} familySide me={user?.id ?? ''} isCoordinator={false} openThreadId={search.get('thread')} />
            {topic.anchor.kind !== 'patient' && (
              <button type="button" className="button secondary" onClick={showWholePlan}>
                {t('showGeneralMessages', { topic: everything })}
              </button>
            )}
            <UpcomingConferences patientId={patientId} title={t('meetings.title', { firstName: first })} />
            <CareTeamNames team={team} firstName={first} />
          </div>
        </div>
      </DiscussionContext.Provider>
    </div>
  );
}
