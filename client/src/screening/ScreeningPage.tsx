import { Link, useNavigate, useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { screeningEndpoints } from '../api/screeningEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { LiveScreening } from './LiveScreening';
import { ScreeningResult } from './ScreeningResult';

/** A health screening: filled in live while in progress, then its result. */
export function ScreeningPage() {
  const { patientId = '', screeningId = '' } = useParams();
  const navigate = useNavigate();
  const patient = useServerQuery(['patient', patientId], () => endpoints.patient(patientId));
  const screening = useServerQuery(['screening', patientId, screeningId], () => screeningEndpoints.one(patientId, screeningId));
  const reload = screening.reload;
  const error = patient.error ?? screening.error;
  if (error) return <ErrorMessage error={error} />;
  if (!patient.data || !screening.data) return <p role="status">Loading…</p>;
  const isCoordinator = patient.data.myRole === 'care_coordinator';
  const amend = async () => {
    const { id } = await screeningEndpoints.start(patientId, screening.data!.id);
    void navigate(`/patients/${patientId}/screenings/${id}`);
  };
  return (
    <>
      <p><Link to={`/patients/${patientId}`}>← {patient.data.name}</Link></p>
      <h1>Health screening for {patient.data.name}</h1>
      {screening.data.status === 'in_progress'
        ? <LiveScreening screening={screening.data} canComplete onCompleted={reload} />
        : <ScreeningResult screening={screening.data} isCoordinator={isCoordinator} onChanged={reload} onAmend={() => void amend()} />}
    </>
  );
}
