import type { CareTeamMember, TrackingCategory } from '@carehuddle/shared';
import { useState } from 'react';
import { taskEndpoints } from '../api/taskEndpoints';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { isFamilySide } from '../patient/familySide';
import { TaskTable } from './TaskTable';
import { useTasks } from './useTasks';

const CATEGORIES: Array<[TrackingCategory, string]> = [['clinical', 'Clinical (also in the plan)'], ['behavioralHealth', 'Behavioral health (restricted)'], ['substanceUse', 'Substance use (restricted)']];

/** The team's tasks for one patient (those I may see), with a form to add one. */
export function PatientTasksSection({ patientId, careTeam, coordinating }: { patientId: string; careTeam: CareTeamMember[]; coordinating: boolean }) {
  const { tasks, reload } = useTasks(['patientTasks', patientId], () => taskEndpoints.forPatient(patientId));
  const [fields, setFields] = useState({ title: '', ownerId: '', dueDate: '', priority: 'normal', category: 'clinical' });
  const { busy, error, submit } = useFormSubmit('The task could not be added. Try again.');
  const set = (k: keyof typeof fields) => (e: { target: { value: string } }) => setFields({ ...fields, [k]: e.target.value });
  const staff = careTeam.filter((m) => !isFamilySide(m.role));
  return (
    <section className="card" aria-labelledby="tasks-title" id="tasks">
      <h2 id="tasks-title">Tasks</h2>
      {tasks && tasks.length === 0 && <p className="empty">No tasks yet.</p>}
      {tasks && tasks.length > 0 && <TaskTable tasks={tasks} caption="Tasks" showPatient={false} coordinating={() => coordinating} onChanged={reload} />}
      <form className="inline-form" aria-labelledby="add-task-title" onSubmit={(e) => void submit(e, async () => {
        await taskEndpoints.create(patientId, { ...fields, ownerId: fields.ownerId, priority: fields.priority as 'normal', category: fields.category as TrackingCategory });
        setFields({ ...fields, title: '', dueDate: '' });
        reload();
      })}>
        <h3 id="add-task-title">Add a task</h3>
        <div className="field">
          <label htmlFor="task-title">Task</label>
          <input id="task-title" value={fields.title} onChange={set('title')} maxLength={200} {...fieldErrorProps(error, 'title', 'task-title')} />
          <FieldMessage error={error} field="title" inputId="task-title" />
        </div>
        <div className="field">
          <label htmlFor="task-owner">Owner</label>
          <select id="task-owner" value={fields.ownerId} onChange={set('ownerId')} {...fieldErrorProps(error, 'ownerId', 'task-owner')}>
            <option value="">Choose…</option>
            {staff.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
          </select>
          <FieldMessage error={error} field="ownerId" inputId="task-owner" />
        </div>
        <div className="field">
          <label htmlFor="task-due">Due</label>
          <input id="task-due" type="date" value={fields.dueDate} onChange={set('dueDate')} {...fieldErrorProps(error, 'dueDate', 'task-due')} />
          <FieldMessage error={error} field="dueDate" inputId="task-due" />
        </div>
        <div className="field">
          <label htmlFor="task-priority">Priority</label>
          <select id="task-priority" value={fields.priority} onChange={set('priority')}>
            {['low', 'normal', 'high', 'urgent'].map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="task-category">Part of</label>
          <select id="task-category" value={fields.category} onChange={set('category')}>
            {CATEGORIES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>Add task</button>
        <FormError error={error} />
      </form>
    </section>
  );
}
