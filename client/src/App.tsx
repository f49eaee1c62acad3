import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { NavBar } from './components/NavBar';
import { LiveSocketProvider } from './live/LiveSocket';
import { MentionToasts } from './notes/MentionToasts';
import { TeamViewPage } from './worklist/TeamViewPage';
import { WorklistPage } from './worklist/WorklistPage';
import { ConferencePage } from './conference/ConferencePage';
import { ConferencesPage } from './conference/ConferencesPage';
import { ConferenceSummaryPage } from './conference/ConferenceSummaryPage';
import { PatientPage } from './pages/PatientPage';
import { PatientsPage } from './pages/PatientsPage';
import { PlanPage } from './pages/PlanPage';
import { ReconciliationPage } from './reconciliation/ReconciliationPage';
import { InvitePage } from './invite/InvitePage';
import { ReviewPage } from './review/ReviewPage';
import { SignInPage } from './pages/SignInPage';
import { StaffPage } from './pages/StaffPage';
import { AccountPage } from './account/AccountPage';
import { SessionProvider, useSession } from './session/SessionContext';
import { RosterImportPage } from './roster/RosterImportPage';

function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (user === undefined) return <p className="loading" role="status">Loading…</p>;
  if (user === null) return <Navigate to="/signin" replace />;
  return (
    <LiveSocketProvider>
      <NavBar />
      <MentionToasts />
      <main className="page">{children}</main>
    </LiveSocketProvider>
  );
}

/** Routes: sign-in, invitation links, "My patients", a patient's page, their live care plan and the family's plan review. */
export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/invite/:token" element={<InvitePage />} />
        <Route path="/" element={<SignedIn><PatientsPage /></SignedIn>} />
        <Route path="/patients/:patientId" element={<SignedIn><PatientPage /></SignedIn>} />
        <Route path="/patients/:patientId/plan" element={<SignedIn><PlanPage /></SignedIn>} />
        <Route path="/patients/:patientId/reconciliations/:reconciliationId" element={<SignedIn><ReconciliationPage /></SignedIn>} />
        <Route path="/patients/:patientId/review" element={<SignedIn><ReviewPage /></SignedIn>} />
        <Route path="/worklist" element={<SignedIn><WorklistPage /></SignedIn>} />
        <Route path="/roster-import" element={<SignedIn><RosterImportPage /></SignedIn>} />
        <Route path="/team" element={<SignedIn><TeamViewPage /></SignedIn>} />
        <Route path="/conferences" element={<SignedIn><ConferencesPage /></SignedIn>} />
        <Route path="/conferences/:conferenceId" element={<SignedIn><ConferencePage /></SignedIn>} />
        <Route path="/conferences/:conferenceId/summary" element={<SignedIn><ConferenceSummaryPage /></SignedIn>} />
        <Route path="/admin/staff" element={<SignedIn><StaffPage /></SignedIn>} />
        <Route path="/account" element={<SignedIn><AccountPage /></SignedIn>} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </SessionProvider>
  );
}
