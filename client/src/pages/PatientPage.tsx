import { Link, Navigate, useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useLoad } from '../api/useLoad';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge, ScreeningBadge } from '../components/RiskBadge';
import { SharingConsentSection } from '../consent/SharingConsentSection';
import { CareTeamRoster } from '../patient/CareTeamRoster';
import { isFamilySide } from '../patient/familySide';
import { ReconciliationsSection } from '../reconciliation/ReconciliationsSection';
import { CoordinationSection } from '../worklist/CoordinationSection';
import { OutreachSection } from '../outreach/OutreachSection';
import { PatientTasksSection } from '../tasks/PatientTasksSection';

/** A patient's page: who they are, where their screening stands, and their care team. */
export function PatientPage() {
  const { patientId = '' } = useParams();
  const { data: patient, error, reload } = useLoad(() => endpoints.patient(patientId), [patientId]);
  if (error) return <ErrorMessage error={error} />;
  if (!patient) return <p role="status">Loading…</p>;
  if (isFamilySide(patient.myRole)) return <Navigate to={`/patients/${patient.id}/review`} replace />;
  return (
    <>
      <section className="card patient-header" aria-labelledby="patient-name">
        <div>
          <h1 id="patient-name">{patient.name}</h1>
          <dl className="facts">
            <div><dt>Date of birth</dt><dd>{patient.dateOfBirth}</dd></div>
            <div><dt>Member number</dt><dd>{patient.memberNumber}</dd></div>
            <div><dt>Enrolled</dt><dd>{patient.enrollmentDate}</dd></div>
            <div><dt>Screening due</dt><dd>{patient.screeningDueDate}</dd></div>
          </dl>
        </div>
        <div className="patient-status">
          <RiskBadge level={patient.riskLevel} />
          <ScreeningBadge status={patient.screeningStatus} dueDate={patient.screeningDueDate} />
          {patient.riskSetBy && patient.riskSetAt && (
            <p className="muted">Risk set by {patient.riskSetBy.name} on {patient.riskSetAt.slice(0, 10)}</p>
          )}
          <Link className="button" to={`/patients/${patient.id}/plan`}>Open care plan</Link>
        </div>
      </section>
      <CareTeamRoster patient={patient} onChanged={reload} />
      <CoordinationSection patientId={patient.id} canRecord />
      <PatientTasksSection patientId={patient.id} careTeam={patient.careTeam} coordinating={patient.myRole === 'care_coordinator'} />
      <OutreachSection patientId={patient.id} />
      {/* Reconciliations are about the clinical plan's medication list: shown to those who may read it. */}
      {patient.myAccess.documents.clinical !== 'none' && <ReconciliationsSection patientId={patient.id} />}
      <SharingConsentSection patient={patient} onChanged={reload} />
    </>
  );
}
