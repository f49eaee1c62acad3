import type { AddFollowUpInput, CareTeamMember, Reconciliation } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/http';

const FAMILY_SIDE = new Set(['family_caregiver', 'patient']);

/** Follow-up work of a reconciliation; each one is also an owned, dated task in the clinical plan. */
export function FollowUpsSection({ reconciliation, team, editable, onAdd }: {
  reconciliation: Reconciliation;
  team: readonly CareTeamMember[];
  editable: boolean;
  onAdd: (input: AddFollowUpInput) => Promise<void>;
}) {
  const [fields, setFields] = useState({ title: '', ownerId: '', dueDate: '' });
  const [error, setError] = useState<ApiRequestError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onAdd(fields);
      setFields({ title: '', ownerId: '', dueDate: '' });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : null);
    }
  };
  const field = (name: keyof typeof fields) => error?.fieldMessage(name) && <p className="field-error">{error.fieldMessage(name)}</p>;
  return (
    <section className="card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">Follow-up work</h2>
      {reconciliation.followUps.length === 0 ? <p className="empty">None.</p> : (
        <ul>
          {reconciliation.followUps.map((f) => <li key={f.id}>{f.title} — {f.owner.name}, due {f.dueDate} <span className="muted">(a task in the plan)</span></li>)}
        </ul>
      )}
      {editable && (
        <form className="inline-form no-print" onSubmit={(e) => void submit(e)} aria-label="Add follow-up work">
          <div className="field">
            <label htmlFor="follow-up-title">What needs doing</label>
            <input id="follow-up-title" value={fields.title} maxLength={200} onChange={(e) => setFields({ ...fields, title: e.target.value })} />
            {field('title')}
          </div>
          <div className="field">
            <label htmlFor="follow-up-owner">Owner</label>
            <select id="follow-up-owner" value={fields.ownerId} onChange={(e) => setFields({ ...fields, ownerId: e.target.value })}>
              <option value="">Choose…</option>
              {team.filter((m) => !FAMILY_SIDE.has(m.role)).map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
            </select>
            {field('ownerId')}
          </div>
          <div className="field">
            <label htmlFor="follow-up-due">Due</label>
            <input id="follow-up-due" type="date" value={fields.dueDate} onChange={(e) => setFields({ ...fields, dueDate: e.target.value })} />
            {field('dueDate')}
          </div>
          <button type="submit" className="button">Add follow-up</button>
          {error && error.fields.length === 0 && <p className="alert" role="alert">{error.message}</p>}
        </form>
      )}
    </section>
  );
}
