import type { SharingPreferences, TrackingCategory } from '@carehuddle/shared';
import type { Membership } from './patientPolicy';
import { canReadTracking, canRecordTracking } from './trackingPolicy';

/**
 * A task belongs to the audience of the document it is about: who may read
 * that plan document (consent included) may see the task. Family members read
 * no clinical plan, so they never see a task.
 */
export const canReadTask = (membership: Membership, preferences: SharingPreferences, category: TrackingCategory): boolean =>
  canReadTracking(membership, preferences, category);

/** Owners, and whoever claims or creates a task: staff on the team who may read its document; never family. */
export const canOwnTask = (membership: Membership, preferences: SharingPreferences, category: TrackingCategory): boolean =>
  canRecordTracking(membership, preferences, category);

/**
 * Starting, completing, cancelling or handing a task to someone else is for
 * its owner and the patient's care coordinator (who leads the team); anyone
 * else who may own it claims it first.
 */
export function canWorkTask(membership: Membership, preferences: SharingPreferences, task: { ownerId: string; category: TrackingCategory }, userId: string): boolean {
  return canOwnTask(membership, preferences, task.category) && (task.ownerId === userId || membership?.role === 'care_coordinator');
}
