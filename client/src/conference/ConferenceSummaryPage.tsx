import { useParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { TASK_STATUS_LABEL } from '../tasks/taskLabels';
import { useDates } from '../format/useDates';

/** After the conference: attendees, per-patient decisions and action items, linked threads; print or save as PDF. */
export function ConferenceSummaryPage() {
  const dates = useDates();
  const { conferenceId = '' } = useParams();
  const { data, error } = useServerQuery(['conferenceSummary', conferenceId], () => endpoints.conferenceSummary(conferenceId));
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p role="status">Loading…</p>;
  const c = data.conference;
  return (
    <article className="summary">
      <h1>{c.title} — summary</h1>
      <p className="muted">{dates.dateTime(c.scheduledFor)} · chaired by {c.chair.name}</p>
      <button type="button" className="button secondary small" onClick={() => window.print()}>Print or save as PDF</button>
      <section className="card" aria-labelledby="attended">
        <h2 id="attended">Attendees</h2>
        <ul>{data.attendees.map((a) => <li key={a.userId}>{a.name} <span className="muted">joined {dates.time(a.firstJoinedAt)}</span></li>)}</ul>
      </section>
      {c.agenda.map((item) => (
        <section key={item.id} className="card" aria-label={item.patientName ?? item.topic}>
          <h2>{item.patientName ? `${item.patientName} — ${item.topic}` : item.topic}</h2>
          <h3>Decisions</h3>
          <ul>{c.decisions.filter((d) => d.agendaItemId === item.id).map((d) => <li key={d.id}>{d.text} <span className="muted">— {d.by}</span></li>)}</ul>
          <h3>Action items</h3>
          <ul>{c.actionItems.filter((a) => a.agendaItemId === item.id).map((a) => <li key={a.id}>{a.title} — {a.ownerName}, due {a.dueDate}{a.taskStatus && <> <span className={`badge task-${a.taskStatus}`}>Task: {TASK_STATUS_LABEL[a.taskStatus]}</span></>}</li>)}</ul>
        </section>
      ))}
      <p className="muted">{data.linkedThreadIds.length} discussion threads are linked to this conference's agenda.</p>
    </article>
  );
}
