import { isFamilySide } from './notePolicy';
import type { Membership } from './patientPolicy';

/** Staff on the care team record screenings, discharges, referrals, results and gaps; family members do not. */
export function canRecordCoordination(membership: Membership): boolean {
  return membership !== null && !isFamilySide(membership.role);
}
