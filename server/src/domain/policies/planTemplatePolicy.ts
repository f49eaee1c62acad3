import type { Actor } from '../actor';
import type { Membership } from './patientPolicy';

/** The template library is a staff tool: family members never browse it. */
export function canReadTemplates(actor: Actor): boolean {
  return actor.kind === 'staff';
}

/** Organization admins add and edit templates (like staff accounts, an organization-wide setting). */
export function canManageTemplates(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.isAdmin;
}

/**
 * Only the patient's care coordinator applies a template: it writes a batch of
 * needs, goals and interventions into both the shared and the clinical plan at
 * once, and the coordinator owns the plan as a whole (docs/plans.md).
 */
export function canApplyTemplate(membership: Membership): boolean {
  return membership?.role === 'care_coordinator';
}
