import { Link, Navigate, useParams } from 'react-router';
import { Tabs, type TabSpec } from '../components/Tabs';
import { usePatientTab } from '../patient/usePatientTab';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
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
import { PatientFilesSection } from '../attachments/PatientFilesSection';

/** A patient's page: the compact header, then tabs — overview, coordination, medications, sharing and consent. */
export function PatientPage() {
  const { patientId = '' } = useParams();
  const { data: patient, error, reload } = useServerQuery(['patient', patientId], () => endpoints.patient(patientId));
  // The reasons behind the risk level may quote depression or safety scores: only for those who read screenings.
  const readsScreenings = patient !== undefined && mayReadScreenings(patient);
  const risk = useServerQuery(['riskHistory', patientId, readsScreenings, patient?.riskLevel], () => (readsScreenings ? screeningEndpoints.riskHistory(patientId) : Promise.resolve(undefined)));
  const readsClinical = patient !== undefined && patient.myAccess.documents.clinical !== 'none';
  const tabIds = ['overview', 'coordination', ...(readsClinical ? ['medications', 'files'] : []), 'consent'];
  const [tab, setTab] = usePatientTab(tabIds, 'overview');
  if (error) return <ErrorMessage error={error} />;
  if (!patient) return <p role="status">Loading…</p>;
  if (isFamilySide(patient.myRole)) return <Navigate to={`/patients/${patient.id}/review`} replace />;
  const tabs: TabSpec[] = [
    {
      id: 'overview', label: 'Overview', content: (
        <>
          {patient.myRole === 'care_coordinator' && <div className="page-actions"><EditDetailsForm key={JSON.stringify(patient)} patient={patient} onSaved={reload} /></div>}
          <CareTeamRoster patient={patient} onChanged={reload} />
          <EnrollmentPanel patientId={patient.id} />
          <ScreeningSection patient={patient} riskHistory={risk} onChanged={() => { reload(); risk.reload(); }} />
        </>
      ),
    },
    {
      id: 'coordination', label: 'Coordination', content: (
        <>
          <CoordinationSection patientId={patient.id} canRecord />
          <PatientTasksSection patientId={patient.id} careTeam={patient.careTeam} coordinating={patient.myRole === 'care_coordinator'} />
          <OutreachSection patientId={patient.id} />
        </>
      ),
    },
    // Reconciliations are about the clinical plan's medication list: shown to those who may read it.
    ...(readsClinical ? [{ id: 'medications', label: 'Medications', content: <ReconciliationsSection patientId={patient.id} /> }] : []),
    // Files on the patient's record are clinical record: for those who read the clinical plan.
    ...(readsClinical ? [{ id: 'files', label: 'Files', content: <PatientFilesSection patientId={patient.id} /> }] : []),
    { id: 'consent', label: 'Sharing and consent', content: <SharingConsentSection patient={patient} onChanged={reload} /> },
  ];
  return (
    <>
      <PatientHeader patient={patient} view={tabs.find((t) => t.id === tab)?.label ?? tabs[0]!.label} riskReasons={risk.data?.currentReasons} actions={<Link className="button" to={`/patients/${patient.id}/plan`}>Open care plan</Link>} />
      <Tabs label={`${patient.name}'s record`} idPrefix="patient" tabs={tabs} selected={tab} onSelect={setTab} />
    </>
  );
}
