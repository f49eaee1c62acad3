import type { Actor } from '../actor';

/**
 * Who oversees the whole program — every coordinator's caseload and its
 * measures: organization admins. (Supervisors are added here, so every
 * channel that asks gets the same answer.)
 */
export function mayOverseeProgram(user: Actor): boolean {
  return user.isAdmin;
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
