import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { AnnouncerProvider } from './a11y/Announcer';
import { RouteFocus } from './a11y/RouteFocus';
import { MAIN_CONTENT_ID, SkipLink } from './a11y/SkipLink';
import { NavBar } from './components/NavBar';
import { LiveSocketProvider } from './live/LiveSocket';
import { MentionToasts } from './notes/MentionToasts';
import { ActionOutboxProvider } from './outbox/ActionOutbox';
import { UnsentActionsElsewhere } from './outbox/PendingActions';
import { SignInPage } from './pages/SignInPage';
import { SessionProvider, useSession } from './session/SessionContext';
import { UndoProvider } from './undo/UndoToasts';
import { lazyPage } from './lazyPage';
import { LanguageProvider } from './i18n/LanguageProvider';

// Each page is its own chunk (see lazyPage): the family's review page loads without the staff app.
const TeamViewPage = lazyPage(() => import('./worklist/TeamViewPage'), 'TeamViewPage');
const WorklistPage = lazyPage(() => import('./worklist/WorklistPage'), 'WorklistPage');
const AlertReviewPage = lazyPage(() => import('./alerts/AlertReviewPage'), 'AlertReviewPage');
const ConferencePage = lazyPage(() => import('./conference/ConferencePage'), 'ConferencePage');
const ConferencesPage = lazyPage(() => import('./conference/ConferencesPage'), 'ConferencesPage');
const ConferenceSummaryPage = lazyPage(() => import('./conference/ConferenceSummaryPage'), 'ConferenceSummaryPage');
const PatientPage = lazyPage(() => import('./pages/PatientPage'), 'PatientPage');
const PatientsPage = lazyPage(() => import('./pages/PatientsPage'), 'PatientsPage');
const TodayPage = lazyPage(() => import('./today/TodayPage'), 'TodayPage');
const PlanPage = lazyPage(() => import('./pages/PlanPage'), 'PlanPage');
const ReconciliationPage = lazyPage(() => import('./reconciliation/ReconciliationPage'), 'ReconciliationPage');
const InvitePage = lazyPage(() => import('./invite/InvitePage'), 'InvitePage');
const ScreeningPage = lazyPage(() => import('./screening/ScreeningPage'), 'ScreeningPage');
const ReviewPage = lazyPage(() => import('./review/ReviewPage'), 'ReviewPage');
const StaffPage = lazyPage(() => import('./pages/StaffPage'), 'StaffPage');
const TemplatesPage = lazyPage(() => import('./templates/TemplatesPage'), 'TemplatesPage');
const AccountPage = lazyPage(() => import('./account/AccountPage'), 'AccountPage');
const CaseloadsPage = lazyPage(() => import('./caseloads/CaseloadsPage'), 'CaseloadsPage');
const NotificationsPage = lazyPage(() => import('./notifications/NotificationsPage'), 'NotificationsPage');
const RosterImportPage = lazyPage(() => import('./roster/RosterImportPage'), 'RosterImportPage');
const SearchPage = lazyPage(() => import('./search/SearchPage'), 'SearchPage');
const MeasuresPage = lazyPage(() => import('./measures/MeasuresPage'), 'MeasuresPage');
const MeasureMembersPage = lazyPage(() => import('./measures/MeasureMembersPage'), 'MeasureMembersPage');

function Loading() {
  const { t } = useTranslation();
  return <p className="loading" role="status">{t('loading')}</p>;
}

function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (user === undefined) return <Loading />;
  if (user === null) return <Navigate to="/signin" replace />;
  return (
    <LiveSocketProvider>
      <ActionOutboxProvider>
        <UndoProvider>
          <SkipLink />
          <NavBar />
          <MentionToasts />
          <main className="page" id={MAIN_CONTENT_ID} tabIndex={-1}>
            <UnsentActionsElsewhere />
            <Suspense fallback={<Loading />}>{children}</Suspense>
          </main>
        </UndoProvider>
      </ActionOutboxProvider>
    </LiveSocketProvider>
  );
}

/** Routes: sign-in, invitation links, the "Today" start page, "My patients", a patient's page, their live care plan and the family's plan review. */
export function App() {
  return (
    <SessionProvider>
      <LanguageProvider>
        <AnnouncerProvider>
          <RouteFocus />
          <Suspense fallback={null}>
            <Routes>
              <Route path="/signin" element={<SignInPage />} />
              <Route path="/invite/:token" element={<Suspense fallback={<Loading />}><InvitePage /></Suspense>} />
              <Route path="/" element={<SignedIn><TodayPage /></SignedIn>} />
              <Route path="/patients" element={<SignedIn><PatientsPage /></SignedIn>} />
              <Route path="/patients/:patientId" element={<SignedIn><PatientPage /></SignedIn>} />
              <Route path="/patients/:patientId/plan" element={<SignedIn><PlanPage /></SignedIn>} />
              <Route path="/patients/:patientId/reconciliations/:reconciliationId" element={<SignedIn><ReconciliationPage /></SignedIn>} />
              <Route path="/patients/:patientId/screenings/:screeningId" element={<SignedIn><ScreeningPage /></SignedIn>} />
              <Route path="/patients/:patientId/review" element={<SignedIn><ReviewPage /></SignedIn>} />
              <Route path="/worklist" element={<SignedIn><WorklistPage /></SignedIn>} />
              <Route path="/roster-import" element={<SignedIn><RosterImportPage /></SignedIn>} />
              <Route path="/team" element={<SignedIn><TeamViewPage /></SignedIn>} />
              <Route path="/conferences" element={<SignedIn><ConferencesPage /></SignedIn>} />
              <Route path="/conferences/:conferenceId" element={<SignedIn><ConferencePage /></SignedIn>} />
              <Route path="/conferences/:conferenceId/summary" element={<SignedIn><ConferenceSummaryPage /></SignedIn>} />
              <Route path="/alerts" element={<SignedIn><AlertReviewPage /></SignedIn>} />
              <Route path="/caseloads" element={<SignedIn><CaseloadsPage /></SignedIn>} />
              <Route path="/admin/staff" element={<SignedIn><StaffPage /></SignedIn>} />
              <Route path="/admin/templates" element={<SignedIn><TemplatesPage /></SignedIn>} />
              <Route path="/account" element={<SignedIn><AccountPage /></SignedIn>} />
              <Route path="/search" element={<SignedIn><SearchPage /></SignedIn>} />
              <Route path="/measures" element={<SignedIn><MeasuresPage /></SignedIn>} />
              <Route path="/measures/:measureId/members" element={<SignedIn><MeasureMembersPage /></SignedIn>} />
              <Route path="/notifications" element={<SignedIn><NotificationsPage /></SignedIn>} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </AnnouncerProvider>
      </LanguageProvider>
    </SessionProvider>
  );
}
