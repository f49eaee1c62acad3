import type { Task, TaskAction } from '@carehuddle/shared';
import { useState } from 'react';
import { ApiRequestError } from '../api/http';
import { taskEndpoints } from '../api/taskEndpoints';
import { useOfferUndo } from '../undo/UndoToasts';
import { ReassignForm } from './ReassignForm';

/**
 * What I can do with a task from where I see it: claim it when it is someone
 * else's, start, complete or hand it on when it is mine (or I coordinate).
 * The server decides; a refusal is shown as its sentence.
 */
export function TaskActions({ task, myId, coordinating, onChanged }: { task: Task; myId: string; coordinating: boolean; onChanged: () => void }) {
  const [reassigning, setReassigning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const offerUndo = useOfferUndo();
  if (task.status === 'done' || task.status === 'cancelled') return null;
  const mine = task.ownerId === myId || coordinating;
  const act = (action: TaskAction) => {
    const before = task.status === 'in_progress' ? 'in_progress' : 'open';
    taskEndpoints.act(task.patientId, task.id, action).then(() => {
      setError(null);
      onChanged();
      // Completing closes the task and takes it off the list: it can be reopened as it was.
      if (action.action === 'complete') {
        offerUndo(`Task completed: ${task.title}.`, async () => {
          await taskEndpoints.act(task.patientId, task.id, { action: 'reopen', status: before });
          onChanged();
        });
      }
    }, (e: unknown) => setError(e instanceof ApiRequestError ? e.message : 'That did not work. Try again.'));
  };
  return (
    <div className="task-actions">
      {task.ownerId !== myId && <button type="button" className="button secondary small" onClick={() => act({ action: 'claim' })}>Claim<span className="visually-hidden"> {task.title}</span></button>}
      {mine && task.status === 'open' && <button type="button" className="button secondary small" onClick={() => act({ action: 'start' })}>Start<span className="visually-hidden"> {task.title}</span></button>}
      {mine && <button type="button" className="button small" onClick={() => act({ action: 'complete' })}>Complete<span className="visually-hidden"> {task.title}</span></button>}
      {mine && <button type="button" className="button secondary small" aria-expanded={reassigning} onClick={() => setReassigning(!reassigning)}>Reassign<span className="visually-hidden"> {task.title}</span></button>}
      {reassigning && <ReassignForm task={task} onDone={() => { setReassigning(false); onChanged(); }} />}
      {error && <p className="alert" role="alert">{error}</p>}
    </div>
  );
}
