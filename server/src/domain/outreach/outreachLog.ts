import { addDays, type NewOutreachAttempt, type OutreachAttempt } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { OutreachRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { invalid } from '../errors';
import { todayFor } from '../patients/patientAccess';
import { canReadTask } from '../policies/taskPolicy';
import type { Services } from '../services';
import { requireTrackingReader, requireTrackingRecorder } from '../worklist/trackingAccess';

/** A patient's contact attempts, newest first, with the last day someone was reached and whether that is 30 days ago or more. */
export interface OutreachLog {
  attempts: OutreachAttempt[];
  lastReachedOn: string | null;
  notReachedIn30Days: boolean;
}

/** Days without reaching the member (or their caregiver) after which the team view flags them. */
export const NOT_REACHED_DAYS = 30;

async function present(services: Services, records: readonly OutreachRecord[]): Promise<OutreachAttempt[]> {
  const users = new Map((await services.store.users.findManyByIds([...new Set(records.map((r) => r.by))])).map((u) => [u.id, u.name]));
  return records.map((r) => ({
    id: r.id, patientId: r.patientId, channel: r.channel, direction: r.direction, reached: r.reached, outcome: r.outcome, attemptedOn: r.attemptedOn, note: r.note,
    nextAttemptOn: r.nextAttemptOn, purpose: r.purpose, targetId: r.targetId, by: { userId: r.by, name: users.get(r.by) ?? 'Former member' }, recordedAt: r.recordedAt,
  }) as OutreachAttempt);
}

/** The last day an attempt reached the member or their caregiver (a provider does not count as reaching the member). */
export function lastReachedOn(records: readonly Pick<OutreachRecord, 'attemptedOn' | 'outcome' | 'reached'>[]): string | null {
  return records.filter((r) => r.outcome === 'reached' && (r.reached === 'member' || r.reached === 'caregiver')).map((r) => r.attemptedOn).sort().at(-1) ?? null;
}

/** Whether a member last reached on `last` (or never) counts as not reached in 30 days on `today`. */
export function notReachedIn30Days(last: string | null, today: string): boolean {
  return last === null || last <= addDays(today, -NOT_REACHED_DAYS);
}

/** Documents one contact attempt (staff on the team who may read the clinical plan). */
export async function recordOutreach(services: Services, actor: Actor, patientId: string, input: NewOutreachAttempt): Promise<OutreachAttempt> {
  const { membership, preferences } = await requireTrackingRecorder(services, actor, patientId, 'clinical', 'outreach.record');
  if (input.attemptedOn > todayFor(services)) throw invalid('attemptedOn', 'The attempt date cannot be in the future.');
  if (input.nextAttemptOn !== null && input.nextAttemptOn < input.attemptedOn) throw invalid('nextAttemptOn', 'Plan the next attempt on or after this one.');
  if (input.purpose === 'task') {
    const task = input.targetId ? await services.store.tasks.find(patientId, input.targetId) : null;
    if (!task || !canReadTask(membership, preferences, task.category)) throw invalid('targetId', 'Choose the task this attempt was for.');
  }
  const record: OutreachRecord = { id: randomUUID(), patientId, ...input, by: actor.userId, recordedAt: services.clock.now().toISOString() };
  await services.store.outreach.insert(record);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'C', type: 'outreach.record', resourceType: 'Communication', resourceId: record.id, category: 'coordination', outcome: 'success' });
  services.events.publish({ type: 'worklist.changed', patientId, category: 'clinical' });
  const [presented] = await present(services, [record]);
  return presented!;
}

/** The outreach log of a patient, for the clinical plan's readers on the team. */
export async function readOutreach(services: Services, actor: Actor, patientId: string): Promise<OutreachLog> {
  const { membership } = await requireTrackingReader(services, actor, patientId, { action: 'R', type: 'outreach.read' });
  const records = await services.store.outreach.listForPatients([patientId]);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'outreach.read', resourceType: 'Communication', category: 'coordination', outcome: 'success' });
  const last = lastReachedOn(records);
  return { attempts: await present(services, records), lastReachedOn: last, notReachedIn30Days: notReachedIn30Days(last, todayFor(services)) };
}
