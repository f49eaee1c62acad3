import type { Actor } from '../actor';
import type { Membership } from './patientPolicy';

/** A patient's care coordinator, or an organization admin, may review who accessed the patient's data. */
export function canViewPatientAudit(actor: Actor, membership: Membership): boolean {
  return actor.isAdmin || membership?.role === 'care_coordinator';
}

/** Only organization admins export the audit trail. */
export function canExportAudit(actor: Actor): boolean {
  return actor.isAdmin;
}
