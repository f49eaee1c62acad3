import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { taskEndpoints } from '../api/taskEndpoints';
import { TaskTable } from './TaskTable';
import { useTasks } from './useTasks';

/** "My tasks" on the worklist: open tasks I own, and those of the patients I coordinate, live. */
export function MyTasksSection() {
  const { tasks, assigned, reload } = useTasks(['myTasks'], taskEndpoints.mine);
  const { data } = useServerQuery(['patients'], () => endpoints.patients());
  const coordinated = new Set((data?.patients ?? []).filter((p) => p.myRole === 'care_coordinator').map((p) => p.id));
  return (
    <section aria-labelledby="my-tasks-title" className="card">
      <h2 id="my-tasks-title">My tasks</h2>
      <p role="status" className="muted">{assigned > 0 ? `${assigned === 1 ? 'A task was' : `${assigned} tasks were`} handed to you while this page was open.` : ''}</p>
      {tasks && tasks.length === 0 && <p className="empty">No open tasks.</p>}
      {tasks && tasks.length > 0 && (
        <TaskTable tasks={tasks} caption="My tasks" showPatient coordinating={(t) => coordinated.has(t.patientId)} onChanged={reload} />
      )}
    </section>
  );
}
