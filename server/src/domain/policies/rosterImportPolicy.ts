import type { Actor } from '../actor';

/**
 * Who may import a roster: an organization admin, for any staff coordinator;
 * any other staff member only for themselves — the same right as enrolling one
 * member, who makes the enrolling person the lead coordinator.
 */
export function canImportRoster(actor: Actor, coordinatorId: string): boolean {
  return actor.kind === 'staff' && (actor.isAdmin || actor.userId === coordinatorId);
}

/** A job and its per-row report (which names members) are for whoever started it and the coordinator it assigns. */
export function canReadRosterImport(actor: Actor, job: { createdBy: string; coordinatorId: string }): boolean {
  return actor.userId === job.createdBy || actor.userId === job.coordinatorId;
}
