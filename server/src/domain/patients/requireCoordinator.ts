import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { canManageCareTeam } from '../policies/patientPolicy';
import type { Services } from '../services';
import { requirePatientAccess, type PatientAccess } from './patientAccess';

/** Access for something only the patient's care coordinator does (the team, consent, invitations); anyone else is refused and audited. */
export async function requireCareCoordinator(
  services: Services, actor: Actor, patientId: string, attempted: { type: string; resourceType: string; message: string },
): Promise<PatientAccess> {
  const access = await requirePatientAccess(services, actor, patientId, { action: 'U', type: attempted.type });
  if (!canManageCareTeam(access.membership)) {
    await services.audit.record({
      actor, role: access.membership.role, patientId, action: 'U', type: attempted.type, resourceType: attempted.resourceType,
      resourceId: patientId, outcome: 'denied', reason: 'only care coordinators may do this',
    });
    throw forbidden(attempted.message);
  }
  return access;
}
