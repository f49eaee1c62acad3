import { addYears, type Enrollment, type EnrollmentChangeInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, type EnrollmentEpisodeRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, invalid } from '../errors';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { DEFAULT_RETENTION_YEARS } from '../worklist/coordinationRules';
import { ENROLLMENT_AUDIT, requireEnrollmentAccess, type EnrollmentAccess } from './enrollmentAccess';
import { currentEpisode, DEFAULT_PROGRAM, episodesWithIds, INITIAL_EPISODE_ID } from './episodes';

/** The enrollment as the API shows it, with how long a disenrolled member's records are kept. */
async function presentEnrollment(services: Services, access: EnrollmentAccess): Promise<Enrollment> {
  const episodes = episodesWithIds(access.patient, await services.store.enrollments.listForPatients([access.patient.id]));
  const { endedOn } = currentEpisode(episodes);
  const retentionYears = services.coordination.retentionYears ?? DEFAULT_RETENTION_YEARS;
  return {
    patientId: access.patient.id, enrolled: endedOn === undefined, canChange: access.canChange,
    retainedUntil: endedOn === undefined ? null : addYears(endedOn, retentionYears), retentionYears,
    episodes: episodes.map((e) => ({ id: e.id, program: e.program, startedOn: e.startedOn, endedOn: e.endedOn ?? null, endReason: e.endReason ?? null })),
  };
}

/** A member's enrollment episodes (staff on the team, supervisors and admins), audited. */
export async function readEnrollment(services: Services, actor: Actor, patientId: string): Promise<Enrollment> {
  const access = await requireEnrollmentAccess(services, actor, patientId, { action: 'R', type: 'enrollment.read', change: false });
  const enrollment = await presentEnrollment(services, access);
  await services.audit.record({ actor, role: access.role, patientId, action: 'R', type: 'enrollment.read', ...ENROLLMENT_AUDIT, resourceId: patientId, outcome: 'success' });
  return enrollment;
}

/** Ends the running episode; the implicit first episode is stored as it ends. */
async function disenroll(services: Services, actor: Actor, access: EnrollmentAccess, input: Extract<EnrollmentChangeInput, { action: 'disenroll' }>): Promise<void> {
  const episodes = episodesWithIds(access.patient, await services.store.enrollments.listForPatients([access.patient.id]));
  const current = currentEpisode(episodes) as (typeof episodes)[number];
  if (current.endedOn !== undefined) throw conflict('This member is not enrolled now.');
  if (input.on < current.startedOn) throw invalid('on', `The last day cannot be before the episode began (${current.startedOn}).`);
  if (input.on > todayFor(services)) throw invalid('on', 'The last day cannot be in the future.');
  const end = { endedOn: input.on, endReason: input.reason, endedBy: actor.userId };
  if (current.id === INITIAL_EPISODE_ID) {
    const record: EnrollmentEpisodeRecord = {
      id: randomUUID(), patientId: access.patient.id, program: DEFAULT_PROGRAM, startedOn: current.startedOn, ...end,
      startedBy: actor.userId, createdAt: services.clock.now().toISOString(),
    };
    await services.store.enrollments.insert(record);
  } else if (!(await services.store.enrollments.end(current.id, end))) {
    throw conflict('Someone changed this enrollment at the same time. Look again and retry.');
  }
}

/** Starts a new episode for a member who is not enrolled now. */
async function reenroll(services: Services, actor: Actor, access: EnrollmentAccess, input: Extract<EnrollmentChangeInput, { action: 'enroll' }>): Promise<void> {
  const current = currentEpisode(episodesWithIds(access.patient, await services.store.enrollments.listForPatients([access.patient.id])));
  if (current.endedOn === undefined) throw conflict('This member is enrolled already; disenroll them first to start a new episode.');
  if (input.on <= current.endedOn) throw invalid('on', `The new episode must begin after the last one ended (${current.endedOn}).`);
  if (input.on > todayFor(services)) throw invalid('on', 'The start date cannot be in the future.');
  try {
    await services.store.enrollments.insert({
      id: randomUUID(), patientId: access.patient.id, program: input.program, startedOn: input.on, endedOn: null, endReason: null,
      startedBy: actor.userId, endedBy: null, createdAt: services.clock.now().toISOString(),
    });
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw conflict('Someone re-enrolled this member at the same time.');
    throw error;
  }
}

/**
 * Disenrolls (with a reason and last day) or re-enrolls (program and first
 * day) a member: their coordinator, a supervisor or an admin. The history is
 * kept; worklists and caseloads follow the current episode at once.
 */
export async function changeEnrollment(services: Services, actor: Actor, patientId: string, input: EnrollmentChangeInput): Promise<Enrollment> {
  const type = input.action === 'disenroll' ? 'enrollment.disenroll' : 'enrollment.enroll';
  const access = await requireEnrollmentAccess(services, actor, patientId, { action: 'U', type, change: true });
  if (input.action === 'disenroll') await disenroll(services, actor, access, input);
  else await reenroll(services, actor, access, input);
  await services.audit.record({
    actor, role: access.role, patientId, action: input.action === 'disenroll' ? 'U' : 'C', type, ...ENROLLMENT_AUDIT, resourceId: patientId, outcome: 'success',
    reason: input.action === 'disenroll' ? input.reason : input.program,
  });
  // The member's deadlines appear or disappear: the team's worklists refresh.
  services.events.publish({ type: 'worklist.changed', patientId, category: 'clinical' });
  return presentEnrollment(services, access);
}
