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
import { SignInPage } from './pages/SignInPage';
import { StaffPage } from './pages/StaffPage';
import { SessionProvider, useSession } from './session/SessionContext';

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

/** Routes: sign-in, "My patients", a patient's page and their live care plan. */
export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/" element={<SignedIn><PatientsPage /></SignedIn>} />
        <Route path="/patients/:patientId" element={<SignedIn><PatientPage /></SignedIn>} />
        <Route path="/patients/:patientId/plan" element={<SignedIn><PlanPage /></SignedIn>} />
        <Route path="/worklist" element={<SignedIn><WorklistPage /></SignedIn>} />
        <Route path="/team" element={<SignedIn><TeamViewPage /></SignedIn>} />
        <Route path="/conferences" element={<SignedIn><ConferencesPage /></SignedIn>} />
        <Route path="/conferences/:conferenceId" element={<SignedIn><ConferencePage /></SignedIn>} />
        <Route path="/conferences/:conferenceId/summary" element={<SignedIn><ConferenceSummaryPage /></SignedIn>} />
        <Route path="/admin/staff" element={<SignedIn><StaffPage /></SignedIn>} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </SessionProvider>
  );
}
