import { PLAN_AUDIENCES, type NoteAnchor, type PlanAudience } from '@carehuddle/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { FollowPresenterBar } from '../conference/FollowPresenterBar';
import { useConference } from '../conference/useConference';
import { useAccessRevoked } from '../live/useAccessRevoked';
import { DiscussionContext } from '../notes/DiscussionContext';
import { GoToNotes } from '../notes/GoToNotes';
import { NotesPanel } from '../notes/NotesPanel';
import { useNotes } from '../notes/useNotes';
import { isFamilySide } from '../patient/familySide';
import { PatientHeader } from '../patient/PatientHeader';
import { PlanDocumentView } from '../plan/PlanDocumentView';
import { PlanTreeView } from '../plan/PlanTreeView';
import { AccessChangedPage } from '../review/AccessChangedPage';
import { firstNameOf } from '../review/planReviewWords';
import { VersionsPanel } from '../plan/VersionsPanel';
import { useSession } from '../session/SessionContext';
import { AttachmentsProvider } from '../attachments/AttachmentsContext';

const TAB_LABELS: Record<PlanAudience, string> = {
  shared: 'Shared plan', clinical: 'Clinical', sensitive: 'Behavioral health (restricted)', substanceUse: 'Substance use (restricted)',
};

/** The need → goal → intervention view. */
const TREE_LABEL = 'Needs, goals and interventions';

/** The live care plan of one patient, one tab per document the user's role may open. */
export function PlanPage() {
  const { patientId = '' } = useParams();
  const { data: patient, error } = useServerQuery(['patient', patientId], () => endpoints.patient(patientId));
  const [search] = useSearchParams();
  // A search result opens the document it was found in (`?part=clinical`).
  const [audience, setAudienceState] = useState<PlanAudience>(() => PLAN_AUDIENCES.find((a) => a === search.get('part')) ?? 'shared');
  // The tree reads two documents (goals from the shared one, the rest from the clinical one), so it is a tab of its own.
  const [showTree, setShowTree] = useState(false);
  const setAudience = (next: PlanAudience) => {
    setShowTree(false);
    setAudienceState(next);
  };
  const notes = useNotes(patientId);
  const { user } = useSession();
  const live = useConference(search.get('conference'));
  const [following, setFollowing] = useState(true);
  const [presenting, setPresenting] = useState(false);
  const viewing = useRef<string | null>(null);
  const onSection = (section: string | null) => {
    viewing.current = section;
    if (presenting && live.conference) void live.send('conference:present', { patientId, section });
  };
  const present = (on: boolean) => {
    setPresenting(on);
    void live.send('conference:present', on ? { patientId, section: viewing.current } : { patientId: null, section: null });
  };
  const [topic, setTopic] = useState<{ anchor: NoteAnchor; title: string }>({ anchor: { kind: 'patient' }, title: 'the whole plan' });
  const discussion = useMemo(() => ({ notes, open: (anchor: NoteAnchor, title: string) => setTopic({ anchor, title }) }), [notes]);
  // A notification links to one thread (`?thread=`): its discussion opens once the thread has loaded.
  const linkedThread = notes.threads.find((t) => t.id === search.get('thread'));
  useEffect(() => {
    // A thread about the whole plan is in the panel already (the panel opens it); one about an item needs that item's discussion.
    if (linkedThread && linkedThread.anchor.kind !== 'patient') setTopic({ anchor: linkedThread.anchor, title: 'the discussion you were notified about' });
    // Keyed by the id: later changes to the thread (new replies) must not take the reader back to it.
  }, [linkedThread?.id]);
  const revoked = useAccessRevoked(patientId, notes.accessRevoked);
  if (revoked) return <AccessChangedPage firstName={patient ? firstNameOf(patient.name) : null} />;
  if (error) return <ErrorMessage error={error} />;
  if (!patient) return <p role="status">Loading…</p>;
  const familySide = isFamilySide(patient.myRole);
  // Family members read the plan on their own page, in plain words (links to /plan reach them from notifications).
  if (familySide) return <Navigate to={`/patients/${patient.id}/review${search.has('thread') ? `?${search.toString()}` : ''}`} replace />;
  // The server applies the patient's consent on top of the role, so its answer (not the role matrix) decides the tabs.
  const tabs = PLAN_AUDIENCES.filter((a) => (patient.myAccess.documents[a] ?? 'none') !== 'none');
  return (
    <>
      <p className="breadcrumb"><Link to={`/patients/${patient.id}`}>{patient.name}</Link> › Care plan</p>
      <h1>Care plan — {patient.name}</h1>
      <GoToNotes />
      <PatientHeader patient={patient} headingLevel={2} />
      {live.conference && (
        <FollowPresenterBar conference={live.conference} patientId={patient.id} following={following} presenting={presenting}
          onFollow={setFollowing} onPresent={present} showAudience={setAudience} tabs={tabs} />
      )}
      <div role="tablist" aria-label="Plan documents" className="tabs">
        {tabs.map((a) => (
          <button key={a} type="button" role="tab" aria-selected={!showTree && a === audience} className={!showTree && a === audience ? 'tab active' : 'tab'} onClick={() => setAudience(a)}>
            {TAB_LABELS[a]}
          </button>
        ))}
        {tabs.includes('clinical') && (
          <button type="button" role="tab" aria-selected={showTree} className={showTree ? 'tab active' : 'tab'} onClick={() => setShowTree(true)}>{TREE_LABEL}</button>
        )}
      </div>
      <AttachmentsProvider patientId={patient.id}>
      <DiscussionContext.Provider value={discussion}>
        <div className="plan-layout">
          {showTree ? (
            <div role="tabpanel" aria-label={TREE_LABEL}>
              <PlanTreeView patientId={patient.id} team={patient.careTeam} canApply={patient.myRole === 'care_coordinator'} />
            </div>
          ) : (
            <div role="tabpanel" aria-label={TAB_LABELS[audience]}>
              <PlanDocumentView key={audience} patientId={patient.id} audience={audience} team={patient.careTeam} onSection={onSection} />
            </div>
          )}
          <div className="side-column">
            <NotesPanel notes={notes} anchor={topic.anchor} title={topic.title} team={patient.careTeam}
              canResolve={!familySide} familySide={familySide} me={user?.id ?? ''} isCoordinator={patient.myRole === 'care_coordinator'} openThreadId={search.get('thread')} />
            {topic.anchor.kind !== 'patient' && (
              <button type="button" className="link" onClick={() => setTopic({ anchor: { kind: 'patient' }, title: 'the whole plan' })}>Show notes about the whole plan</button>
            )}
            <VersionsPanel patientId={patient.id} audience={audience} canSign={patient.myRole === 'care_coordinator' || patient.myRole === 'physician'} />
          </div>
        </div>
      </DiscussionContext.Provider>
      </AttachmentsProvider>
    </>
  );
}
