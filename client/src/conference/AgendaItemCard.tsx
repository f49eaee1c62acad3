import type { Conference } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { LiveConference } from './useConference';

type AgendaItem = Conference['agenda'][number];

/** One agenda item: make it current (chair), open the patient's plan, record decisions and action items (the care team). */
export function AgendaItemCard({ conference, item, current, isChair, canRecord, owners, live }: {
  conference: Conference;
  item: AgendaItem;
  current: boolean;
  isChair: boolean;
  /** Staff record decisions and action items; invited family members follow along. */
  canRecord: boolean;
  owners: Array<{ userId: string; name: string }>;
  live: LiveConference;
}) {
  const [decision, setDecision] = useState('');
  const [task, setTask] = useState({ title: '', ownerId: '', dueDate: '' });
  const [error, setError] = useState<string | null>(null);
  const decisions = conference.decisions.filter((d) => d.agendaItemId === item.id);
  const actions = conference.actionItems.filter((a) => a.agendaItemId === item.id);
  const run = async (event: FormEvent, send: () => Promise<string | null>, reset: () => void) => {
    event.preventDefault();
    const failure = await send();
    setError(failure);
    if (!failure) reset();
  };
  return (
    <li className={`card agenda-item${current ? ' current' : ''}`} aria-current={current ? 'step' : undefined}>
      <div className="section-head">
        <h2>{item.patientName ? `${item.patientName} — ${item.topic}` : item.topic}</h2>
        {current ? <span className="badge lead">Now</span> : isChair && (
          <button type="button" className="button secondary small" onClick={() => void live.send('conference:setItem', { agendaItemId: item.id })}>Make current</button>
        )}
      </div>
      {item.patientId && <Link to={`/patients/${item.patientId}/plan?conference=${conference.id}`}>Open {item.patientName}'s plan</Link>}
      <h3>Decisions</h3>
      <ul>{decisions.map((d) => <li key={d.id}>{d.text} <span className="muted">— {d.by}</span></li>)}</ul>
      {!canRecord && decisions.length === 0 && <p className="muted">No decisions yet.</p>}
      {canRecord && <form className="inline-form" onSubmit={(e) => void run(e, () => live.send('conference:decision', { agendaItemId: item.id, text: decision }), () => setDecision(''))}>
        <label htmlFor={`decision-${item.id}`}>New decision</label>
        <input id={`decision-${item.id}`} required value={decision} onChange={(e) => setDecision(e.target.value)} />
        <button type="submit" className="button small">Record decision</button>
      </form>}
      {item.patientId && (
        <>
          <h3>Action items</h3>
          <ul>{actions.map((a) => <li key={a.id}>{a.title} <span className="muted">— {a.ownerName}, due {a.dueDate} (added to the plan)</span></li>)}</ul>
          {!canRecord && actions.length === 0 && <p className="muted">No action items yet.</p>}
          {canRecord && <form className="inline-form" onSubmit={(e) => void run(e, () => live.send('conference:actionItem', { agendaItemId: item.id, ...task }), () => setTask({ title: '', ownerId: '', dueDate: '' }))}>
            <label htmlFor={`task-${item.id}`}>Action item</label>
            <input id={`task-${item.id}`} required value={task.title} onChange={(e) => setTask({ ...task, title: e.target.value })} />
            <label htmlFor={`owner-${item.id}`}>Owner</label>
            <select id={`owner-${item.id}`} required value={task.ownerId} onChange={(e) => setTask({ ...task, ownerId: e.target.value })}>
              <option value="">Choose…</option>
              {owners.map((o) => <option key={o.userId} value={o.userId}>{o.name}</option>)}
            </select>
            <label htmlFor={`due-${item.id}`}>Due</label>
            <input id={`due-${item.id}`} type="date" required value={task.dueDate} onChange={(e) => setTask({ ...task, dueDate: e.target.value })} />
            <button type="submit" className="button small">Add action item</button>
          </form>}
        </>
      )}
      {error && <p className="alert" role="alert">{error}</p>}
    </li>
  );
}
