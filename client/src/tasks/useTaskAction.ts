import type { Task, TaskAction } from '@carehuddle/shared';
import { taskEndpoints } from '../api/taskEndpoints';
import { useActionOutbox, usePendingActionsOn } from '../outbox/ActionOutbox';
import { useOfferUndo } from '../undo/UndoToasts';

const VERB: Record<TaskAction['action'], string> = { claim: 'Claim', start: 'Start', complete: 'Complete', cancel: 'Cancel', reopen: 'Reopen', reassign: 'Reassign' };

/**
 * Acting on a task through the outbox: the action is kept on this device until
 * the server has it (offline, after a reload), then the lists load again; a
 * completed task can be reopened as it was (undo).
 */
export function useTaskAction(task: Task, onChanged: () => void): { act: (action: TaskAction) => void; unsent: boolean } {
  const outbox = useActionOutbox();
  const pending = usePendingActionsOn(task.id);
  const offerUndo = useOfferUndo();
  const act = (action: TaskAction) => {
    const before = task.status === 'in_progress' ? 'in_progress' : 'open';
    outbox.send({ patientId: task.patientId, subjectId: task.id, path: taskEndpoints.actionPath(task.patientId, task.id), body: action, label: `${VERB[action.action]}: ${task.title}` }, () => {
      onChanged();
      // Completing closes the task and takes it off the list: it can be reopened as it was.
      if (action.action === 'complete') {
        offerUndo(`Task completed: ${task.title}.`, async () => {
          await taskEndpoints.act(task.patientId, task.id, { action: 'reopen', status: before });
          onChanged();
        });
      }
    });
  };
  return { act, unsent: pending.length > 0 };
}
