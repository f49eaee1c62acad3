import { z } from 'zod';
import { TASK_STATUSES } from '../plan/planStructure';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';
import { TrackingCategorySchema } from './tracking';

/** Where a task is in its life: the same values as a plan intervention's status. */
export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** How urgent the team considers it. */
export const TaskPrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export type TaskPriority = z.infer<typeof TaskPrioritySchema>;

/** What made the task: its link back leads there. */
export const TaskSourceSchema = z.enum(['plan_intervention', 'conference_action', 'reconciliation_follow_up', 'screening_flag', 'tracking_step']);
export type TaskSource = z.infer<typeof TaskSourceSchema>;

/** One task of the team, as its readers see it. */
export const TaskSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  patientName: z.string(),
  title: z.string(),
  /** Staff on the patient's team who may read the task's document; never family. */
  ownerId: IdSchema,
  ownerName: z.string(),
  dueDate: CalendarDateSchema,
  status: TaskStatusSchema,
  priority: TaskPrioritySchema,
  source: TaskSourceSchema,
  /** Shown beside the task ("Conference: Tuesday huddle"). */
  sourceLabel: z.string(),
  /** Where in the app the task came from. */
  link: z.string(),
  /** Whose record it belongs to: only readers of that plan document see the task. */
  category: TrackingCategorySchema,
  /** The note left by whoever last reassigned it, for the new owner. */
  handoffNote: z.string(),
  /** The goal this intervention serves, when the plan links one. */
  goalId: z.string().nullable(),
  updatedAt: InstantSchema,
});
export type Task = z.infer<typeof TaskSchema>;

/** Response of the task lists. */
export const TaskListSchema = z.object({ tasks: z.array(TaskSchema) });
export type TaskList = z.infer<typeof TaskListSchema>;

/** Body of `POST /api/patients/:patientId/tasks`: a task the team writes by hand. */
export const NewTaskSchema = z.strictObject({
  title: z.string().trim().min(1, 'Enter what needs to be done.').max(200),
  ownerId: z.string().min(1, 'Choose who will do it.').pipe(IdSchema),
  dueDate: z.iso.date({ error: 'Enter the due date.' }),
  priority: TaskPrioritySchema.default('normal'),
  category: TrackingCategorySchema.default('clinical'),
});
export type NewTask = z.infer<typeof NewTaskSchema>;

/** Body of `POST /api/patients/:patientId/tasks/:taskId/actions`: claim, start, reassign, complete, cancel or reopen. */
export const TaskActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('claim') }),
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('complete') }),
  z.strictObject({ action: z.literal('cancel') }),
  /** Undoes "complete" or "cancel": the task is open again, in the status it had before (open unless said). */
  z.strictObject({ action: z.literal('reopen'), status: z.enum(['open', 'in_progress']).default('open') }),
  z.strictObject({
    action: z.literal('reassign'),
    ownerId: z.string().min(1, 'Choose the new owner.').pipe(IdSchema),
    note: z.string().trim().min(1, 'Write a note for the new owner.').max(500),
  }),
]);
export type TaskAction = z.infer<typeof TaskActionSchema>;

/** Path parameters naming a task. */
export const TaskParamsSchema = z.strictObject({ patientId: IdSchema, taskId: IdSchema });
