import {
  NewOutreachAttemptSchema, NewTaskSchema, OutreachAttemptSchema, OutreachLogSchema, PatientParamsSchema, TaskActionSchema, TaskListSchema, TaskParamsSchema, TaskSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import { readOutreach, recordOutreach } from '../../domain/outreach/outreachLog';
import type { Services } from '../../domain/services';
import { changeTask } from '../../domain/tasks/changeTask';
import { createTask } from '../../domain/tasks/createTask';
import { presentTasks } from '../../domain/tasks/presentTasks';
import { readMyTasks, readPatientTasks } from '../../domain/tasks/readTasks';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The team's task list and the outreach log. */
export function taskRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/tasks', tag: 'worklist', auth: 'session',
      summary: 'My open tasks: those I own, and those of the patients I coordinate.', response: TaskListSchema,
      handle: async ({ actor }) => ({ tasks: await readMyTasks(services, actor) }),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/tasks', tag: 'worklist', auth: 'session',
      summary: "One patient's tasks that I may see, closed ones included.", params: PatientParamsSchema, response: TaskListSchema,
      handle: async ({ actor, params }) => ({ tasks: await readPatientTasks(services, actor, params.patientId) }),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/tasks', tag: 'worklist', auth: 'session', status: 201,
      summary: 'Add a task for someone on the team (a clinical task also joins the plan as an intervention).',
      params: PatientParamsSchema, body: NewTaskSchema, response: TaskSchema,
      handle: async ({ actor, params, body }) => (await presentTasks(services, [await createTask(services, actor, params.patientId, body)]))[0]!,
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/tasks/:taskId/actions', tag: 'worklist', auth: 'session',
      summary: 'Claim, start, complete, cancel, reopen or reassign (with a note to the new owner) a task; an Idempotency-Key header makes a resend answer with the first result.',
      params: TaskParamsSchema, body: TaskActionSchema, response: TaskSchema, idempotent: true,
      handle: ({ actor, params, body, idempotencyKey }) => changeTask(services, actor, params.patientId, params.taskId, body, idempotencyKey),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/outreach', tag: 'worklist', auth: 'session',
      summary: 'Contact attempts, newest first, and when the member was last reached.',
      params: PatientParamsSchema, response: OutreachLogSchema.extend({ lastReachedOn: z.string().nullable(), notReachedIn30Days: z.boolean() }),
      handle: ({ actor, params }) => readOutreach(services, actor, params.patientId),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/outreach', tag: 'worklist', auth: 'session', status: 201,
      summary: 'Document a contact attempt (channel, who was reached, outcome, next attempt).',
      params: PatientParamsSchema, body: NewOutreachAttemptSchema, response: OutreachAttemptSchema,
      handle: ({ actor, params, body }) => recordOutreach(services, actor, params.patientId, body),
    }),
  ];
}
