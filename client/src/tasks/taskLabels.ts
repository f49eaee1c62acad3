import type { Task } from '@carehuddle/shared';

/** Words for a task's status, as the worklist shows them. */
export const TASK_STATUS_LABEL: Record<Task['status'], string> = { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' };

/** The due-date badge of an open task on `today` (the organization's calendar day): overdue, due today, or nothing. */
export function taskDueBadge(task: Task, today: string): { className: string; label: string } | null {
  if (task.status === 'done' || task.status === 'cancelled') return null;
  if (task.dueDate < today) return { className: 'status-overdue', label: 'Overdue' };
  if (task.dueDate === today) return { className: 'status-due', label: 'Due today' };
  return null;
}
