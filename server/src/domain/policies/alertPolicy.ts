import type { CareTeamMembershipRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { canManageCareTeam } from './patientPolicy';

/**
 * The admission alert review queue is the organization's care coordinators'
 * (staff who coordinate at least one member): an unmatched alert is about
 * someone they may be about to enroll or match. Admins without a caseload,
 * other staff and the family do not see it.
 */
export function canReviewAlerts(actor: Actor, memberships: readonly CareTeamMembershipRecord[]): boolean {
  return actor.kind === 'staff' && memberships.some((m) => canManageCareTeam(m));
}

/**
 * An alert already tied to a member (a duplicate of a matched alert) is that
 * member's data: only their own coordinators see it. Unmatched and unreadable
 * alerts are every reviewer's.
 */
export function canSeeAlert(memberships: readonly CareTeamMembershipRecord[], alertPatientId: string | null): boolean {
  return alertPatientId === null || memberships.some((m) => m.patientId === alertPatientId && canManageCareTeam(m));
}
