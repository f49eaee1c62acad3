import type { AuditAction, CareTeamMembershipRecord } from '../../storage/port';
import type { Actor } from '../actor';
import type { ReasonCode } from '../audit/auditTrail';
import { forbidden } from '../errors';
import type { Services } from '../services';
import { requirePatientAccess, type PatientAccess } from './patientAccess';

/** What a caller attempts, for the audit record and the refusal's sentence. */
export interface AttemptedAction {
  action: AuditAction;
  type: string;
  resourceType: string;
  /** The sentence a refused team member reads. */
  message: string;
}

/**
 * Access for something only some of the patient's team may do: anyone off the
 * team gets "not found" (from `requirePatientAccess`), a team member whose
 * membership does not qualify gets 403 with the sentence; refusals are audited.
 */
export async function requireTeamRole<R extends string>(
  services: Services, actor: Actor, patientId: string, attempted: AttemptedAction,
  qualifies: (membership: CareTeamMembershipRecord) => boolean, refusedBecause: ReasonCode<R>,
): Promise<PatientAccess> {
  const access = await requirePatientAccess(services, actor, patientId, { action: attempted.action, type: attempted.type });
  if (!qualifies(access.membership)) {
    await services.audit.record({
      actor, role: access.membership.role, patientId, action: attempted.action, type: attempted.type, resourceType: attempted.resourceType,
      resourceId: patientId, outcome: 'denied', reason: refusedBecause,
    });
    throw forbidden(attempted.message);
  }
  return access;
}
