import type { NewOutreachAttempt, NewTask, OutreachAttempt, Task, TaskAction, TaskList } from '@carehuddle/shared';
import { api } from './http';

const patient = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;

/** The outreach log as the server returns it. */
export interface OutreachLogView {
  attempts: OutreachAttempt[];
  lastReachedOn: string | null;
  notReachedIn30Days: boolean;
}

/** An attempt as the form holds it: choices not made yet ('') go to the server, which answers with the field's message. */
export type OutreachBody = { [K in keyof NewOutreachAttempt]: NewOutreachAttempt[K] | '' };

/** Typed calls to the task list and the outreach log. */
export const taskEndpoints = {
  mine: () => api<TaskList>('GET', '/api/tasks'),
  forPatient: (patientId: string) => api<TaskList>('GET', `${patient(patientId)}/tasks`),
  create: (patientId: string, input: Partial<NewTask>) => api<Task>('POST', `${patient(patientId)}/tasks`, input),
  /** Where a task's actions are posted (the outbox sends them there with their idempotency key). */
  actionPath: (patientId: string, taskId: string) => `${patient(patientId)}/tasks/${encodeURIComponent(taskId)}/actions`,
  act: (patientId: string, taskId: string, action: TaskAction) => api<Task>('POST', taskEndpoints.actionPath(patientId, taskId), action),
  outreach: (patientId: string) => api<OutreachLogView>('GET', `${patient(patientId)}/outreach`),
  recordOutreach: (patientId: string, input: Partial<OutreachBody>) => api<OutreachAttempt>('POST', `${patient(patientId)}/outreach`, input),
};
