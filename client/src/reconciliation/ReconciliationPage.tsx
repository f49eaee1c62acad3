import { RECONCILIATION_DECIDERS, type AddFollowUpInput, type NoteAnchor } from '@carehuddle/shared';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { reconciliationEndpoints as api, type AddMedicationBody } from '../api/reconciliationEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { describeError, ErrorMessage } from '../components/ErrorMessage';
import { DiscussionContext } from '../notes/DiscussionContext';
import { NotesPanel } from '../notes/NotesPanel';
import { useNotes } from '../notes/useNotes';
import { useSession } from '../session/SessionContext';
import { AddMedicationForm } from './AddMedicationForm';
import { FollowUpsSection } from './FollowUpsSection';
import { TRIGGER_LABELS } from './labels';
import { MedicationTable } from './MedicationTable';
import { SignOffSection } from './SignOffSection';
import { useReconciliation } from './useReconciliation';
import { AttachmentsProvider } from '../attachments/AttachmentsContext';
import { useDates } from '../format/useDates';

/** One medication reconciliation: live while in progress, the signed and printable record once completed. */
export function ReconciliationPage() {
  const dates = useDates();
  const { patientId = '', reconciliationId = '' } = useParams();
  const { data: patient, error: patientError } = useServerQuery(['patient', patientId], () => endpoints.patient(patientId));
  const { reconciliation: r, error, accept } = useReconciliation(patientId, reconciliationId);
  const [actionError, setActionError] = useState<unknown>(null);
  const notes = useNotes(patientId);
  const { user } = useSession();
  const [topic, setTopic] = useState<{ anchor: NoteAnchor; title: string } | null>(null);
  const discussion = useMemo(() => ({ notes, open: (anchor: NoteAnchor, title: string) => setTopic({ anchor, title }) }), [notes]);
  if (patientError || error) return <ErrorMessage error={patientError ?? error} />;
  if (!patient || !r) return <p role="status">Loading…</p>;
  const completed = r.status === 'completed';
  const decides = !completed && RECONCILIATION_DECIDERS.includes(patient.myRole);
  /** Runs an action; its answer is shown at once, its failure in the alert. */
  const run = async (action: () => ReturnType<typeof api.read>) => {
    try {
      accept(await action());
      setActionError(null);
    } catch (e) {
      setActionError(e);
      throw e;
    }
  };
  const decide: Parameters<typeof MedicationTable>[0]['onSave'] = async (itemId, decision, discrepancy) => {
    try {
      await run(() => api.decide(patientId, r.id, itemId, { decision, discrepancy }));
      return null;
    } catch (e) {
      return e instanceof ApiRequestError ? (e.fields[0]?.message ?? describeError(e)) : describeError(e);
    }
  };
  const addFollowUp = (input: AddFollowUpInput) => run(() => api.addFollowUp(patientId, r.id, input));
  const addMedication = (input: AddMedicationBody) => run(() => api.addMedication(patientId, r.id, input));
  return (
    <article className="reconciliation">
      <p className="breadcrumb no-print"><Link to={`/patients/${patient.id}`}>{patient.name}</Link> › Medication reconciliation</p>
      <h1>Medication reconciliation — {patient.name}</h1>
      <p className="muted">
        {TRIGGER_LABELS[r.trigger]} · started by {r.startedBy.name} on {dates.dateTime(r.startedAt)} ·{' '}
        <span className={`badge ${completed ? 'status-done' : 'status-due_soon'}`}>{completed ? 'Completed and signed' : 'In progress'}</span>
      </p>
      <button type="button" className="button secondary small no-print" onClick={() => window.print()}>Print</button>
      <ErrorMessage error={actionError} />
      <AttachmentsProvider patientId={patient.id}>
      <DiscussionContext.Provider value={discussion}>
        <div className={topic ? 'plan-layout' : undefined}>
          <div>
            <MedicationTable reconciliationId={r.id} medications={r.medications} editable={decides} onSave={decide} />
            {decides && <AddMedicationForm onAdd={addMedication} />}
            <FollowUpsSection reconciliation={r} team={patient.careTeam} editable={decides} onAdd={addFollowUp} />
            <SignOffSection reconciliation={r} role={patient.myRole}
              onReviewed={() => void run(() => api.markReviewed(patientId, r.id)).catch(() => undefined)}
              onComplete={() => void run(() => api.complete(patientId, r.id)).catch(() => undefined)} />
          </div>
          {topic && (
            <div className="side-column no-print">
              <NotesPanel notes={notes} anchor={topic.anchor} title={topic.title} team={patient.careTeam}
                canResolve familySide={false} me={user?.id ?? ''} isCoordinator={patient.myRole === 'care_coordinator'} />
              <button type="button" className="link" onClick={() => setTopic(null)}>Close discussion</button>
            </div>
          )}
        </div>
      </DiscussionContext.Provider>
      </AttachmentsProvider>
    </article>
  );
}
