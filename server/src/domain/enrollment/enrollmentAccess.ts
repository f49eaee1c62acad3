import type { AuditAction, CareTeamMembershipRecord, PatientRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { activeMembership } from '../consent/sharingPreferences';
import { forbidden, notFound } from '../errors';
import { mayChangeEnrollment, mayOverseeProgram, mayReadEnrollment } from '../policies/programOversight';
import type { Services } from '../services';

/** What an enrollment command knows once access is decided. */
export interface EnrollmentAccess {
  patient: PatientRecord;
  /** The actor's place on the team; null for a supervisor or admin who is not on it. */
  membership: CareTeamMembershipRecord | null;
  /** The role the audit trail records. */
  role: string;
  canChange: boolean;
}

/** What every enrollment audit record shares. */
export const ENROLLMENT_AUDIT = { resourceType: 'EpisodeOfCare', category: 'enrollment' } as const;

/**
 * A member's enrollment for staff on their team or someone who oversees the
 * program; everyone else (the family side included) gets "not found", audited.
 * With `change`, only a care coordinator on the team or an overseer may go on (403 otherwise).
 */
export async function requireEnrollmentAccess(
  services: Services, actor: Actor, patientId: string, attempt: { action: AuditAction; type: string; change: boolean },
): Promise<EnrollmentAccess> {
  const [patient, active] = await Promise.all([services.store.patients.findById(patientId), activeMembership(services, patientId, actor.userId)]);
  const membership = active?.membership ?? null;
  const role = membership?.role ?? (mayOverseeProgram(actor) ? 'supervisor' : null);
  const deny = async (reason: 'may not read enrollment' | 'may not change enrollment') => {
    await services.audit.record({ actor, role, patientId, action: attempt.action, type: attempt.type, ...ENROLLMENT_AUDIT, resourceId: patientId, outcome: 'denied', reason });
  };
  if (!patient || !mayReadEnrollment(actor, membership)) {
    await deny('may not read enrollment');
    throw notFound('Patient');
  }
  const canChange = mayChangeEnrollment(actor, membership);
  if (attempt.change && !canChange) {
    await deny('may not change enrollment');
    throw forbidden('Only the care coordinator or a supervisor enrolls and disenrolls members.');
  }
  return { patient, membership, role: role ?? 'staff', canChange };
}
