import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { useAgendaFamily } from './useAgendaFamily';

/** Schedules a conference: the patients I coordinate on the agenda, staff to invite, and — for a plan review — their family caregivers. */
export function ScheduleConferenceForm({ onScheduled }: { onScheduled: () => void }) {
  const { data: patients } = useServerQuery(['patients'], () => endpoints.patients());
  const { data: staff } = useServerQuery(['staff', 'orNone'], () => endpoints.staff().catch(() => ({ users: [] })));
  const mine = (patients?.patients ?? []).filter((p) => p.myRole === 'care_coordinator');
  const [title, setTitle] = useState('Interdisciplinary case conference');
  const [when, setWhen] = useState('');
  const [agenda, setAgenda] = useState<string[]>([]);
  const [invitees, setInvitees] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const family = useAgendaFamily(agenda);
  if (mine.length === 0) return null;
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await endpoints.scheduleConference({
        title, scheduledFor: new Date(when).toISOString(), inviteeIds: invitees,
        agenda: agenda.map((patientId) => ({ patientId, topic: 'Case review' })),
      });
      setError(null);
      setAgenda([]);
      onScheduled();
    } catch (e) {
      setError(e instanceof ApiRequestError ? (e.fields[0]?.message ?? e.message) : 'Could not schedule.');
    }
  };

  return (
    <section className="card" aria-labelledby="schedule">
      <h2 id="schedule">Schedule a conference</h2>
      <form onSubmit={(e) => void submit(e)} className="stack-form">
        <label htmlFor="conf-title">Title</label>
        <input id="conf-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="conf-when">Date and time</label>
        <input id="conf-when" type="datetime-local" required value={when} onChange={(e) => setWhen(e.target.value)} />
        <fieldset>
          <legend>Patients on the agenda</legend>
          {mine.map((p) => (
            <label key={p.id} className="checkbox"><input type="checkbox" checked={agenda.includes(p.id)} onChange={() => setAgenda(toggle(agenda, p.id))} /> {p.name}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Invite</legend>
          {(staff?.users ?? []).map((u) => (
            <label key={u.id} className="checkbox"><input type="checkbox" checked={invitees.includes(u.id)} onChange={() => setInvitees(toggle(invitees, u.id))} /> {u.name}</label>
          ))}
        </fieldset>
        {family.length > 0 && (
          <fieldset>
            <legend>Invite family caregivers</legend>
            <p className="muted">For a plan review: only family members the patient shares the plan with can join.</p>
            {family.map((m) => (
              <label key={m.userId} className="checkbox"><input type="checkbox" checked={invitees.includes(m.userId)} onChange={() => setInvitees(toggle(invitees, m.userId))} /> {m.name}</label>
            ))}
          </fieldset>
        )}
        {error && <p className="alert" role="alert">{error}</p>}
        <button type="submit" className="button" disabled={agenda.length === 0}>Schedule</button>
      </form>
    </section>
  );
}
