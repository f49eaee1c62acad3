import { Link, useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useLoad } from '../api/useLoad';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge, ScreeningBadge } from '../components/RiskBadge';
import { CareTeamRoster } from '../patient/CareTeamRoster';
import { CoordinationSection } from '../worklist/CoordinationSection';

/** A patient's page: who they are, where their screening stands, and their care team. */
export function PatientPage() {
  const { patientId = '' } = useParams();
  const { data: patient, error, reload } = useLoad(() => endpoints.patient(patientId), [patientId]);
  if (error) return <ErrorMessage error={error} />;
  if (!patient) return <p role="status">Loading…</p>;
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
      {patient.myRole !== 'family_caregiver' && patient.myRole !== 'patient' && <CoordinationSection patientId={patient.id} canRecord />}
    </>
  );
}
