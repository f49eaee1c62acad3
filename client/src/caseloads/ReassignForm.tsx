import type { ReassignResult, StaffUser } from '@carehuddle/shared';
import { useState } from 'react';
import { caseloadEndpoints } from '../api/caseloadEndpoints';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';

/** What a reassignment did, in a sentence. */
function summary(result: ReassignResult, to: string): string {
  const items = result.itemsMoved > 0 ? ` ${result.itemsMoved} open items went with them.` : '';
  const kept = result.itemsNotMoved > 0 ? ` ${result.itemsNotMoved} items stay with the previous owner until the member's consent covers ${to}.` : '';
  const same = result.unchanged > 0 ? ` ${to} already led ${result.unchanged}.` : '';
  return `${to} now leads ${result.moved} more members.${items}${kept}${same}`;
}

/** Makes one coordinator the lead of the chosen members, with a note; the new lead is told live. */
export function ReassignForm({ patientIds, staff, onDone }: { patientIds: readonly string[]; staff: readonly StaffUser[]; onDone: () => void }) {
  const [toUserId, setToUserId] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, submit } = useFormSubmit('The members could not be reassigned. Try again.');
  const active = staff.filter((u) => !u.disabled);
  return (
    <form className="card" aria-labelledby="reassign-title"
      onSubmit={(e) => void submit(e, async () => {
        const result = await caseloadEndpoints.reassign({ patientIds: [...patientIds], toUserId, note });
        setDone(summary(result, active.find((u) => u.id === toUserId)?.name ?? 'The coordinator'));
        setNote('');
        onDone();
      })}>
      <h2 id="reassign-title">Reassign the lead coordinator</h2>
      <p className="hint" aria-live="polite">{patientIds.length === 0 ? 'Choose members in the table below.' : `${patientIds.length} members chosen.`}</p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="reassign-to">New lead coordinator</label>
          <select id="reassign-to" value={toUserId} onChange={(e) => setToUserId(e.target.value)} {...fieldErrorProps(error, 'toUserId', 'reassign-to')}>
            <option value="">Choose…</option>
            {active.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
          <FieldMessage error={error} field="toUserId" inputId="reassign-to" />
        </div>
        <div className="field">
          <label htmlFor="reassign-note">Note to the new coordinator</label>
          <textarea id="reassign-note" value={note} maxLength={500} rows={2} onChange={(e) => setNote(e.target.value)} {...fieldErrorProps(error, 'note', 'reassign-note')} />
          <FieldMessage error={error} field="note" inputId="reassign-note" />
        </div>
        <FieldMessage error={error} field="patientIds" inputId="reassign-members" />
        <button type="submit" className="button" disabled={busy}>Reassign</button>
      </div>
      <FormError error={error} />
      {done && <p className="notice" role="status">{done}</p>}
    </form>
  );
}
