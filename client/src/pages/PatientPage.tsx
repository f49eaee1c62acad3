import { Link, Navigate, useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useLoad } from '../api/useLoad';
import { ErrorMessage } from '../components/ErrorMessage';
import { SharingConsentSection } from '../consent/SharingConsentSection';
import { CareTeamRoster } from '../patient/CareTeamRoster';
import { EditDetailsForm } from '../patient/EditDetailsForm';
import { PatientHeader } from '../patient/PatientHeader';
import { isFamilySide } from '../patient/familySide';
import { ReconciliationsSection } from '../reconciliation/ReconciliationsSection';
import { screeningEndpoints } from '../api/screeningEndpoints';
import { mayReadScreenings, ScreeningSection } from '../screening/ScreeningSection';
import { CoordinationSection } from '../worklist/CoordinationSection';
import { OutreachSection } from '../outreach/OutreachSection';
import { PatientTasksSection } from '../tasks/PatientTasksSection';
import { EnrollmentPanel } from '../enrollment/EnrollmentPanel';

/** A patient's page: who they are, where their screening stands, and their care team. */
export function PatientPage() {
  const { patientId = '' } = useParams();
  const { data: patient, error, reload } = useLoad(() => endpoints.patient(patientId), [patientId]);
  // The reasons behind the risk level may quote depression or safety scores: only for those who read screenings.
  const readsScreenings = patient !== undefined && mayReadScreenings(patient);
  const risk = useLoad(() => (readsScreenings ? screeningEndpoints.riskHistory(patientId) : Promise.resolve(undefined)), [patientId, readsScreenings, patient?.riskLevel]);
  if (error) return <ErrorMessage error={error} />;
  if (!patient) return <p role="status">Loading…</p>;
  if (isFamilySide(patient.myRole)) return <Navigate to={`/patients/${patient.id}/review`} replace />;
  return (
    <>
      <PatientHeader patient={patient} riskReasons={risk.data?.currentReasons} actions={<Link className="button" to={`/patients/${patient.id}/plan`}>Open care plan</Link>} />
      {patient.myRole === 'care_coordinator' && <div className="page-actions"><EditDetailsForm key={JSON.stringify(patient)} patient={patient} onSaved={reload} /></div>}
      <CareTeamRoster patient={patient} onChanged={reload} />
      <EnrollmentPanel patientId={patient.id} />
      <ScreeningSection patient={patient} riskHistory={risk} onChanged={() => { reload(); risk.reload(); }} />
      <CoordinationSection patientId={patient.id} canRecord />
      <PatientTasksSection patientId={patient.id} careTeam={patient.careTeam} coordinating={patient.myRole === 'care_coordinator'} />
      <OutreachSection patientId={patient.id} />
      {/* Reconciliations are about the clinical plan's medication list: shown to those who may read it. */}
      {patient.myAccess.documents.clinical !== 'none' && <ReconciliationsSection patientId={patient.id} />}
      <SharingConsentSection patient={patient} onChanged={reload} />
    </>
  );
}
