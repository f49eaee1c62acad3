import type { Membership } from './patientPolicy';

/** Plan reviews are signed off by the care coordinator or a physician on the team. */
export function canSignPlan(membership: Membership): boolean {
  return membership?.role === 'care_coordinator' || membership?.role === 'physician';
}
