import type { Task } from '@carehuddle/shared';
import { Link } from 'react-router';
import { useDates } from '../format/useDates';
import { useSession } from '../session/SessionContext';
import { TaskActions } from './TaskActions';
import { TASK_STATUS_LABEL, taskDueBadge } from './taskLabels';

/** Tasks with their owner, due date, status, where they came from and what I can do with them. */
export function TaskTable({ tasks, caption, coordinating, showPatient, onChanged }: {
  tasks: Task[]; caption: string; coordinating: (task: Task) => boolean; showPatient: boolean; onChanged: () => void;
}) {
  const { user } = useSession();
  const dates = useDates();
  const today = dates.today();
  return (
    <div className="task-table-wrap">
      <table className="table task-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead><tr>
          <th scope="col">Due</th><th scope="col">Task</th>{showPatient && <th scope="col">Patient</th>}<th scope="col">Owner</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr></thead>
        <tbody>
          {tasks.map((t) => {
            const due = taskDueBadge(t, today);
            return (
              <tr key={t.id} data-task-id={t.id}>
                <td data-label="Due">{dates.day(t.dueDate)}{due && <> <span className={`badge ${due.className}`}>{due.label}</span></>}</td>
                <th scope="row">
                  {t.title}
                  {t.priority !== 'normal' && <span className={`badge priority-${t.priority}`}>{t.priority}</span>}
                  <br /><Link className="muted" to={t.link}>{t.sourceLabel}</Link>
                  {t.handoffNote && <p className="handoff-note">Note: {t.handoffNote}</p>}
                </th>
                {showPatient && <td data-label="Patient"><Link to={`/patients/${t.patientId}`}>{t.patientName}</Link></td>}
                <td data-label="Owner">{t.ownerName}</td>
                <td data-label="Status"><span className={`badge task-${t.status}`}>{TASK_STATUS_LABEL[t.status]}</span></td>
                <td>{user && <TaskActions task={t} myId={user.id} coordinating={coordinating(t)} onChanged={onChanged} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
