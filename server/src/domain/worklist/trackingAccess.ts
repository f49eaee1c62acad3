import type { SharingPreferences, TrackingCategory } from '@carehuddle/shared';
import type { AuditAction, TrackedItemRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { requirePatientAccess, type PatientAccess } from '../patients/patientAccess';
import type { Membership } from '../policies/patientPolicy';
import { canReadTracking, canRecordTracking } from '../policies/trackingPolicy';
import type { Services } from '../services';

/** What every tracking audit record shares. */
const TRACKING_AUDIT = { resourceType: 'Task', category: 'coordination' } as const;

/** The items of a patient one team member may see (consent included); the rest stay out of everything derived from them. */
export function readableItems(membership: Membership, preferences: SharingPreferences, items: readonly TrackedItemRecord[]): TrackedItemRecord[] {
  return items.filter((item) => canReadTracking(membership, preferences, item.category));
}

/**
 * Patient access for someone who may see the patient's tracking at all (the
 * clinical plan's readers). The family side and anyone else get "not found",
 * as if off the team, and the attempt is audited.
 */
export async function requireTrackingReader(services: Services, actor: Actor, patientId: string, attempt: { action: AuditAction; type: string }): Promise<PatientAccess> {
  const access = await requirePatientAccess(services, actor, patientId, attempt);
  if (!canReadTracking(access.membership, access.preferences, 'clinical')) {
    await services.audit.record({ actor, role: access.membership.role, patientId, ...attempt, ...TRACKING_AUDIT, outcome: 'denied', reason: 'role may not read the clinical plan' });
    throw notFound('Patient');
  }
  return access;
}

/** Patient access for staff who may record items of a category; family members and staff outside the category's consent are refused. */
export async function requireTrackingRecorder(services: Services, actor: Actor, patientId: string, category: TrackingCategory, type: string): Promise<PatientAccess> {
  const access = await requirePatientAccess(services, actor, patientId, { action: 'C', type });
  if (!canRecordTracking(access.membership, access.preferences, category)) {
    await services.audit.record({ actor, role: access.membership.role, patientId, action: 'C', type, ...TRACKING_AUDIT, outcome: 'denied', reason: `may not record ${category} items` });
    throw forbidden(category === 'clinical' ? 'Only staff on the care team record coordination data.' : "Only staff the patient's consent covers record items of this category.");
  }
  return access;
}

/** A tracked item for someone who may work it; an item of a category they may not read does not exist for them. */
export async function requireTrackedItem(services: Services, actor: Actor, patientId: string, itemId: string, type: string): Promise<PatientAccess & { item: TrackedItemRecord }> {
  const access = await requireTrackingRecorder(services, actor, patientId, 'clinical', type);
  const item = await services.store.tracking.find(patientId, itemId);
  if (!item || !canRecordTracking(access.membership, access.preferences, item.category)) {
    await services.audit.record({ actor, role: access.membership.role, patientId, action: 'U', type, ...TRACKING_AUDIT, resourceId: itemId, outcome: 'denied', reason: item ? 'category not shared with this person' : 'no such item' });
    throw notFound('Tracked item');
  }
  return { ...access, item };
}
