import type { Task, WorkItem } from '@carehuddle/shared';
import { Link } from 'react-router';
import { useDates } from '../format/useDates';
import { PendingActions } from '../outbox/PendingActions';
import { useTaskAction } from '../tasks/useTaskAction';

/** A task due now, completed from the row through the outbox; while unsent, or refused with the server's sentence, it says so beside the row. */
function TaskRow({ task, today, onChanged }: { task: Task; today: string; onChanged: () => void }) {
  const dates = useDates();
  const { act, unsent } = useTaskAction(task, onChanged);
  const late = task.dueDate < today;
  return (
    <li className="today-row">
      <span className={`badge ${late ? 'status-overdue' : 'status-due'}`}>{dates.due(task.dueDate, today)}</span>
      <span className="today-row-what"><strong>{task.title}</strong> <span className="muted">Task · {task.patientName}</span></span>
      <span className="today-row-actions">
        {!unsent && <button type="button" className="button small" onClick={() => act({ action: 'complete' })}>Complete<span className="visually-hidden"> {task.title}</span></button>}
        <Link className="button secondary small" to={`/patients/${task.patientId}?tab=coordination`}>Open<span className="visually-hidden"> {task.title}</span></Link>
      </span>
      <PendingActions subjectId={task.id} />
    </li>
  );
}

/** A deadline due now, opened where it is resolved (the patient's coordination tab). */
function DeadlineRow({ item, today }: { item: WorkItem; today: string }) {
  const dates = useDates();
  return (
    <li className="today-row">
      <span className={`badge status-${item.status}`}>{dates.due(item.dueDate, today)}</span>
      <span className="today-row-what"><strong>{item.title}</strong> <span className="muted">{item.patientName}</span></span>
      <span className="today-row-actions">
        <Link className="button secondary small" to={item.link}>Open<span className="visually-hidden"> {item.title} for {item.patientName}</span></Link>
      </span>
    </li>
  );
}

/** "Overdue and due today": deadlines by the worklist's rules and my tasks, each with the action to take. */
export function DueNowSection({ deadlines, tasks, today, onChanged }: { deadlines: readonly WorkItem[]; tasks: readonly Task[]; today: string; onChanged: () => void }) {
  return (
    <section aria-labelledby="due-now-title" className="card">
      <h2 id="due-now-title">Overdue and due today</h2>
      {deadlines.length === 0 && tasks.length === 0 && <p className="empty">Nothing overdue or due today.</p>}
      {tasks.length > 0 && (
        <ul className="today-list" aria-label="Tasks due">
          {tasks.map((t) => <TaskRow key={t.id} task={t} today={today} onChanged={onChanged} />)}
        </ul>
      )}
      {deadlines.length > 0 && (
        <ul className="today-list" aria-label="Deadlines due">
          {deadlines.map((d) => <DeadlineRow key={`${d.patientId}-${d.kind}-${d.itemId ?? ''}-${d.dueDate}`} item={d} today={today} />)}
        </ul>
      )}
      <p><Link to="/worklist">See everything due this week</Link></p>
    </section>
  );
}
