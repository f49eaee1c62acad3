import type { CareTeamMembershipRecord } from '../../storage/port';
import type { Actor } from '../actor';

/** A user's membership on one patient's team, or null when they are not on it. */
export type Membership = CareTeamMembershipRecord | null;

/** Only the patient's care coordinators add and remove team members. */
export function canManageCareTeam(membership: Membership): boolean {
  return membership?.role === 'care_coordinator';
}

/** The member themself: the `patient` membership, which a member account holds for its own patient only. */
export function isTheMember(membership: Membership): boolean {
  return membership?.role === 'patient';
}

/** Staff enroll patients (and lead their team as coordinator). */
export function canEnrollPatient(actor: Actor): boolean {
  return actor.kind === 'staff';
}

/** The staff directory is for staff only: caregivers see names and roles on their patient's team, nothing more. */
export function canListStaff(actor: Actor): boolean {
  return actor.kind === 'staff';
}

/** Organization admins manage staff accounts. */
export function canManageStaff(actor: Actor): boolean {
  return actor.isAdmin;
}
