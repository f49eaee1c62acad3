import type { Task } from '@carehuddle/shared';
import { useState } from 'react';
import { PendingActions } from '../outbox/PendingActions';
import { ReassignForm } from './ReassignForm';
import { useTaskAction } from './useTaskAction';

/**
 * What I can do with a task from where I see it: claim it when it is someone
 * else's, start, complete or hand it on when it is mine (or I coordinate).
 * Actions go through the outbox; while one is unsent it shows instead of the
 * buttons (so it is not done twice), and a refusal is the server's sentence.
 */
export function TaskActions({ task, myId, coordinating, onChanged }: { task: Task; myId: string; coordinating: boolean; onChanged: () => void }) {
  const [reassigning, setReassigning] = useState(false);
  const { act, unsent } = useTaskAction(task, onChanged);
  if (task.status === 'done' || task.status === 'cancelled') return null;
  const mine = task.ownerId === myId || coordinating;
  return (
    <div className="task-actions">
      {!unsent && (
        <>
          {task.ownerId !== myId && <button type="button" className="button secondary small" onClick={() => act({ action: 'claim' })}>Claim<span className="visually-hidden"> {task.title}</span></button>}
          {mine && task.status === 'open' && <button type="button" className="button secondary small" onClick={() => act({ action: 'start' })}>Start<span className="visually-hidden"> {task.title}</span></button>}
          {mine && <button type="button" className="button small" onClick={() => act({ action: 'complete' })}>Complete<span className="visually-hidden"> {task.title}</span></button>}
          {mine && <button type="button" className="button secondary small" aria-expanded={reassigning} onClick={() => setReassigning(!reassigning)}>Reassign<span className="visually-hidden"> {task.title}</span></button>}
          {reassigning && <ReassignForm task={task} onDone={() => { setReassigning(false); onChanged(); }} />}
        </>
      )}
      <PendingActions subjectId={task.id} />
    </div>
  );
}
