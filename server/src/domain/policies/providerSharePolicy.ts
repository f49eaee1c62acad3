import { providerRecipientId, type CareTeamRole, type PlanAudience, type ProviderSharing, type SharingPreferences } from '@carehuddle/shared';
import { mayReceiveRestricted } from './consentPolicy';
import { planDocumentAccess } from './planDocumentPolicy';
import type { Membership } from './patientPolicy';

/** The provider the patient's consent names by this id, or null: without an entry nothing may be sent to them. */
export function providerSharingOf(preferences: SharingPreferences, recipientId: string): ProviderSharing | null {
  return preferences.providers.find((p) => providerRecipientId(p) === recipientId) ?? null;
}

/** Whether a team member's role makes them a provider who can be sent a copy: clinicians, never the family side. */
export function mayReceiveProviderCopy(role: CareTeamRole): boolean {
  return mayReceiveRestricted(role);
}

/**
 * The parts of the plan a copy for this provider holds: what the consent
 * covers for them, limited to what the sender may read themselves (a
 * coordinator without consent to substance-use records cannot send them).
 */
export function partsToSend(entry: ProviderSharing, sender: Membership, preferences: SharingPreferences): PlanAudience[] {
  return entry.parts.filter((audience) => planDocumentAccess(sender, audience, preferences) !== 'none');
}
