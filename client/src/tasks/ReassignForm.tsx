import type { CareTeamMember, Task } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { taskEndpoints } from '../api/taskEndpoints';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { isFamilySide } from '../patient/familySide';

/** Hands a task to someone else on the team, with a note the new owner reads beside the task. */
export function ReassignForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { data: patient } = useServerQuery(['patient', task.patientId], () => endpoints.patient(task.patientId));
  const [ownerId, setOwnerId] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, submit } = useFormSubmit('The task could not be reassigned. Try again.');
  const staff = (patient?.careTeam ?? []).filter((m: CareTeamMember) => !isFamilySide(m.role) && m.userId !== task.ownerId);
  const id = `reassign-${task.id}`;
  return (
    <form className="inline-form" aria-label={`Reassign ${task.title}`}
      onSubmit={(e) => void submit(e, async () => { await taskEndpoints.act(task.patientId, task.id, { action: 'reassign', ownerId, note }); onDone(); })}>
      <div className="field">
        <label htmlFor={`${id}-owner`}>New owner</label>
        <select id={`${id}-owner`} value={ownerId} onChange={(e) => setOwnerId(e.target.value)} {...fieldErrorProps(error, 'ownerId', `${id}-owner`)}>
          <option value="">Choose…</option>
          {staff.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
        </select>
        <FieldMessage error={error} field="ownerId" inputId={`${id}-owner`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note to the new owner</label>
        <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} {...fieldErrorProps(error, 'note', `${id}-note`)} />
        <FieldMessage error={error} field="note" inputId={`${id}-note`} />
      </div>
      <button type="submit" className="button small" disabled={busy}>Reassign</button>
      <FormError error={error} />
    </form>
  );
}
