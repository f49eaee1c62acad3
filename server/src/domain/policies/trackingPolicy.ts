import type { PlanAudience, SharingPreferences, TrackingCategory } from '@carehuddle/shared';
import { isFamilySide } from './notePolicy';
import type { Membership } from './patientPolicy';
import { planDocumentAccess } from './planDocumentPolicy';

/** The plan document whose audience a category of tracked items shares. */
const AUDIENCE_OF: Record<TrackingCategory, PlanAudience> = { clinical: 'clinical', behavioralHealth: 'sensitive', substanceUse: 'substanceUse' };

/** The plan audience a tracked item belongs to: who may read that document may see the item and its deadlines. */
export function trackingAudience(category: TrackingCategory): PlanAudience {
  return AUDIENCE_OF[category];
}

/**
 * Whether a team member may see tracked items of a category (and the
 * deadlines derived from them): the same people, the patient's consent
 * included, who may read the plan document of that audience. The family's
 * ceiling on the clinical plan is none, so they see no tracking at all.
 */
export function canReadTracking(membership: Membership, preferences: SharingPreferences, category: TrackingCategory): boolean {
  return planDocumentAccess(membership, trackingAudience(category), preferences) !== 'none';
}

/** Staff on the care team record and move forward the items of a category they may read; family members never do. */
export function canRecordTracking(membership: Membership, preferences: SharingPreferences, category: TrackingCategory): boolean {
  return membership !== null && !isFamilySide(membership.role) && canReadTracking(membership, preferences, category);
}

/** An item's owner works it: staff on the team who may read its category (so never a family member). */
export const canOwnTracking = canRecordTracking;
