import type { Actor } from '../actor';
import { isTheMember } from '../policies/patientPolicy';
import type { Services } from '../services';
import type { PatientAccess } from './patientAccess';
import { requireTeamRole, type AttemptedAction } from './requireTeamRole';

/**
 * Access for something only the member does for themself on their own portal
 * (their own `patient` membership); staff and family are refused and audited,
 * anyone off the team (another patient's member included) gets "not found".
 */
export function requireMember(services: Services, actor: Actor, patientId: string, attempted: AttemptedAction): Promise<PatientAccess> {
  return requireTeamRole(services, actor, patientId, attempted, isTheMember, 'only the member may do this');
}
