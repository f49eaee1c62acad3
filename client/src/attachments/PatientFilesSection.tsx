import { AttachmentPanel } from './AttachmentPanel';
import { AttachmentsProvider } from './AttachmentsContext';

/** Files on the patient's record: discharge summaries, signed consent forms, medication lists. */
export function PatientFilesSection({ patientId }: { patientId: string }) {
  return (
    <section className="card" aria-labelledby="patient-files-title">
      <h2 id="patient-files-title">Files</h2>
      <p className="muted">Discharge summaries, signed consent forms, medication lists. Files added to plan items, threads and medications appear with them.</p>
      <AttachmentsProvider patientId={patientId}>
        <AttachmentPanel target={{ kind: 'patient' }} label="the patient's record" canAdd />
      </AttachmentsProvider>
    </section>
  );
}
