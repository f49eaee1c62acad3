import type { Actor } from '../actor';
import type { Membership } from './patientPolicy';

/**
 * May this person oversee the program: every coordinator's caseload, the
 * measures, reassigning lead coordinators? Organization admins and supervisors
 * (staff accounts only). Overseeing shows names and counts, never clinical
 * documents: those still need a place on the member's team (docs/caseloads.md).
 */
export function mayOverseeProgram(user: Pick<Actor, 'kind' | 'isAdmin' | 'isSupervisor'>): boolean {
  return user.kind === 'staff' && (user.isAdmin || user.isSupervisor === true);
}

/** Who may enroll, disenroll and re-enroll a member: a care coordinator on their team, or someone who oversees the program. */
export function mayChangeEnrollment(actor: Pick<Actor, 'kind' | 'isAdmin' | 'isSupervisor'>, membership: Membership): boolean {
  return mayOverseeProgram(actor) || membership?.role === 'care_coordinator';
}

/** Who may read a member's enrollment episodes: staff on their team (never the family side), and whoever oversees the program. */
export function mayReadEnrollment(actor: Pick<Actor, 'kind' | 'isAdmin' | 'isSupervisor'>, membership: Membership): boolean {
  if (mayOverseeProgram(actor)) return true;
  return actor.kind === 'staff' && membership !== null && membership.role !== 'family_caregiver' && membership.role !== 'patient';
}

/**
 * Whose members a reader's program measures cover, or null when the reader may
 * not see measures: program overseers any caseload (or the organization); a
 * care coordinator only the members she leads, and only when asking for her own.
 */
export function measureScopeFor(user: Actor, coordinatesAnyone: boolean, requestedCoordinatorId: string | undefined): { coordinatorId: string | null } | null {
  if (mayOverseeProgram(user)) return { coordinatorId: requestedCoordinatorId ?? null };
  if (user.kind !== 'staff' || !coordinatesAnyone) return null;
  if (requestedCoordinatorId !== undefined && requestedCoordinatorId !== user.userId) return null;
  return { coordinatorId: user.userId };
}
