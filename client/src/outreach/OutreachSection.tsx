import { useState } from 'react';
import { taskEndpoints, type OutreachBody } from '../api/taskEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { useDates } from '../format/useDates';

const words = (s: string) => s.replaceAll('_', ' ');
const CHOICES: Array<[keyof OutreachBody, string, string[]]> = [
  ['channel', 'Channel', ['phone', 'text', 'letter', 'in_person', 'video', 'portal']],
  ['direction', 'Direction', ['outbound', 'inbound']],
  ['reached', 'Who was reached', ['member', 'caregiver', 'provider', 'nobody']],
  ['outcome', 'Outcome', ['reached', 'left_message', 'wrong_number', 'declined', 'unable_to_reach']],
  ['purpose', 'For', ['screening', 'follow_up', 'annual_review', 'task']],
];
const EMPTY = { channel: '', direction: 'outbound', reached: '', outcome: '', purpose: '', attemptedOn: '', note: '', nextAttemptOn: '' } as const;

/** Contact attempts for one patient, newest first, and a form to document one. */
export function OutreachSection({ patientId }: { patientId: string }) {
  const { data, error: loadError, reload } = useServerQuery(['outreach', patientId], () => taskEndpoints.outreach(patientId));
  const dates = useDates();
  // Attempts are dated on the organization's calendar, as the server checks them.
  const [fields, setFields] = useState<Record<string, string>>({ ...EMPTY, attemptedOn: dates.today() });
  const { data: tasks } = useServerQuery(['patientTasks', patientId], () => taskEndpoints.forPatient(patientId));
  const { busy, error, submit } = useFormSubmit('The attempt could not be saved. Try again.');
  const set = (k: string) => (e: { target: { value: string } }) => setFields({ ...fields, [k]: e.target.value });
  return (
    <section className="card" aria-labelledby="outreach-title" id="outreach">
      <h2 id="outreach-title">Outreach</h2>
      <ErrorMessage error={loadError} />
      {data && (
        <p className={data.notReachedIn30Days ? 'alert-inline' : 'muted'}>
          {data.lastReachedOn ? `Last reached on ${dates.day(data.lastReachedOn)}.` : 'Not reached yet.'}{data.notReachedIn30Days ? ' Not reached in 30 days.' : ''}
        </p>
      )}
      {data && data.attempts.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Contact attempts</caption>
            <thead><tr><th scope="col">Day</th><th scope="col">Channel</th><th scope="col">Reached</th><th scope="col">Outcome</th><th scope="col">For</th><th scope="col">Note</th><th scope="col">Next attempt</th><th scope="col">By</th></tr></thead>
            <tbody>
              {data.attempts.map((a) => (
                <tr key={a.id}>
                  <td data-label="Day">{dates.day(a.attemptedOn)}</td><td data-label="Channel">{words(a.channel)} ({a.direction})</td><td data-label="Reached">{a.reached}</td><th scope="row">{words(a.outcome)}</th>
                  <td data-label="For">{words(a.purpose)}</td><td data-label="Note">{a.note}</td><td data-label="Next attempt">{a.nextAttemptOn ? dates.day(a.nextAttemptOn) : '—'}</td><td data-label="By">{a.by.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="inline-form" aria-labelledby="outreach-form-title" onSubmit={(e) => void submit(e, async () => {
        const { targetId, ...rest } = fields;
        await taskEndpoints.recordOutreach(patientId, { ...rest, nextAttemptOn: fields.nextAttemptOn || null, targetId: rest.purpose === 'task' ? (targetId ?? '') : null });
        setFields({ ...EMPTY, attemptedOn: dates.today() });
        reload();
      })}>
        <h3 id="outreach-form-title">Document an attempt</h3>
        {CHOICES.map(([name, label, options]) => (
          <div className="field" key={name}>
            <label htmlFor={`outreach-${name}`}>{label}</label>
            <select id={`outreach-${name}`} value={fields[name]} onChange={set(name)} {...fieldErrorProps(error, name, `outreach-${name}`)}>
              {name !== 'direction' && <option value="">Choose…</option>}
              {options.map((o) => <option key={o} value={o}>{words(o)}</option>)}
            </select>
            <FieldMessage error={error} field={name} inputId={`outreach-${name}`} />
          </div>
        ))}
        {fields.purpose === 'task' && (
          <div className="field">
            <label htmlFor="outreach-targetId">Task</label>
            <select id="outreach-targetId" value={fields.targetId ?? ''} onChange={set('targetId')} {...fieldErrorProps(error, 'targetId', 'outreach-targetId')}>
              <option value="">Choose…</option>
              {(tasks?.tasks ?? []).filter((t) => t.status === 'open' || t.status === 'in_progress').map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
            </select>
            <FieldMessage error={error} field="targetId" inputId="outreach-targetId" />
          </div>
        )}
        <div className="field">
          <label htmlFor="outreach-attemptedOn">Day</label>
          <input id="outreach-attemptedOn" type="date" value={fields.attemptedOn} onChange={set('attemptedOn')} {...fieldErrorProps(error, 'attemptedOn', 'outreach-attemptedOn')} />
          <FieldMessage error={error} field="attemptedOn" inputId="outreach-attemptedOn" />
        </div>
        <div className="field">
          <label htmlFor="outreach-note">Note</label>
          <input id="outreach-note" value={fields.note} maxLength={500} onChange={set('note')} {...fieldErrorProps(error, 'note', 'outreach-note')} />
          <FieldMessage error={error} field="note" inputId="outreach-note" />
        </div>
        <div className="field">
          <label htmlFor="outreach-nextAttemptOn">Next attempt</label>
          <input id="outreach-nextAttemptOn" type="date" value={fields.nextAttemptOn} onChange={set('nextAttemptOn')} {...fieldErrorProps(error, 'nextAttemptOn', 'outreach-nextAttemptOn')} />
          <FieldMessage error={error} field="nextAttemptOn" inputId="outreach-nextAttemptOn" />
        </div>
        <button type="submit" className="button" disabled={busy}>Save attempt</button>
        <FormError error={error} />
      </form>
    </section>
  );
}
