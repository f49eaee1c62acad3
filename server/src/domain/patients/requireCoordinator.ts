import type { Actor } from '../actor';
import { canManageCareTeam } from '../policies/patientPolicy';
import type { Services } from '../services';
import type { PatientAccess } from './patientAccess';
import { requireTeamRole } from './requireTeamRole';

/** Access for something only the patient's care coordinator does (the team, consent, invitations); anyone else is refused and audited. */
export function requireCareCoordinator(
  services: Services, actor: Actor, patientId: string, attempted: { type: string; resourceType: string; message: string },
): Promise<PatientAccess> {
  return requireTeamRole(services, actor, patientId, { action: 'U', ...attempted }, canManageCareTeam, 'only care coordinators may do this');
}
