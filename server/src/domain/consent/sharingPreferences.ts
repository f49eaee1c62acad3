import { NO_SHARING, SharingPreferencesSchema, type SharingPreferences } from '@carehuddle/shared';
import type { CareTeamMembershipRecord, ConsentRecord } from '../../storage/port';
import { isSharedWith } from '../policies/consentPolicy';
import type { Services } from '../services';

/** The preferences a stored version holds (parsed, so a damaged record shares nothing rather than crashing). */
export function preferencesOf(record: ConsentRecord | null): SharingPreferences {
  if (!record) return NO_SHARING;
  try {
    const parsed = SharingPreferencesSchema.safeParse(JSON.parse(record.preferences));
    return parsed.success ? parsed.data : NO_SHARING;
  } catch {
    return NO_SHARING;
  }
}

/** The patient's preferences in force now. */
export async function currentPreferences(services: Services, patientId: string): Promise<SharingPreferences> {
  return preferencesOf(await services.store.consents.latest(patientId));
}

/** A user's membership with the patient's preferences, when it counts (off the team, or a caregiver the patient does not share with: null). */
export async function activeMembership(
  services: Services, patientId: string, userId: string,
): Promise<{ membership: CareTeamMembershipRecord; preferences: SharingPreferences } | null> {
  const [membership, preferences] = await Promise.all([services.store.careTeams.find(patientId, userId), currentPreferences(services, patientId)]);
  return membership && isSharedWith(membership, preferences) ? { membership, preferences } : null;
}
