import type { MemberFamilySharing, UpdateFamilySharingInput } from '@carehuddle/shared';
import type { ConsentRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { invalid } from '../errors';
import { todayFor } from '../patients/patientAccess';
import { requireMember } from '../patients/requireMember';
import { isSharedWith } from '../policies/consentPolicy';
import type { Services } from '../services';
import { changesFamilySharing, withFamilySharing } from './familySharingChange';
import { appendConsentVersion } from './recordConsent';
import { preferencesOf } from './sharingPreferences';

/** The sentence staff and family read when they call the member's own route. */
export const MEMBER_ONLY_SHARING =
  "Only the member chooses here which family members see their plan; the care coordinator records the patient's consent on the patient page.";

const readAttempt = { action: 'R', type: 'consent.read', resourceType: 'Consent', message: MEMBER_ONLY_SHARING } as const;
const recordAttempt = { action: 'C', type: 'consent.record', resourceType: 'Consent', message: MEMBER_ONLY_SHARING } as const;

/** The family caregivers on the team and whether each sees the plan under `latest` (the member's view of their consent). */
async function presentFamilySharing(services: Services, patientId: string, latest: ConsentRecord | null): Promise<MemberFamilySharing> {
  const preferences = preferencesOf(latest);
  const family = (await services.store.careTeams.listForPatient(patientId))
    .filter((m) => m.role === 'family_caregiver')
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
  const names = new Map((await services.store.users.findManyByIds(family.map((m) => m.userId))).map((u) => [u.id, u.name]));
  return {
    family: family.map((m) => ({ userId: m.userId, name: names.get(m.userId) ?? 'Family member', sharedPlan: isSharedWith(m, preferences) })),
    version: latest?.version ?? null, recordedAt: latest?.recordedAt ?? null,
  };
}

/** The member reads which family members on their team see their plan (only the member: it is their own decision). */
export async function readFamilySharing(services: Services, actor: Actor, patientId: string): Promise<MemberFamilySharing> {
  const { membership } = await requireMember(services, actor, patientId, readAttempt);
  const presented = await presentFamilySharing(services, patientId, await services.store.consents.latest(patientId));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'consent.read', resourceType: 'Consent', category: 'consent', outcome: 'success' });
  return presented;
}

/**
 * The member turns family members on or off in their portal: a new consent
 * version recorded by the member (method `member_portal`, given today), with
 * everything else in the consent carried over. Live access follows as for a
 * coordinator's version (`appendConsentVersion` publishes `consent.changed`).
 * Saving what is already in force records no version.
 */
export async function changeFamilySharing(
  services: Services, actor: Actor, patientId: string, input: UpdateFamilySharingInput,
): Promise<MemberFamilySharing> {
  const { membership } = await requireMember(services, actor, patientId, recordAttempt);
  const family = new Set((await services.store.careTeams.listForPatient(patientId)).filter((m) => m.role === 'family_caregiver').map((m) => m.userId));
  input.family.forEach((entry, i) => {
    if (!family.has(entry.userId)) throw invalid(`family.${i}.userId`, 'Only family members on your care team can be chosen here.');
  });
  const latest = await services.store.consents.latest(patientId);
  const audit = { actor, role: membership.role, patientId, action: 'C', type: 'consent.record', resourceType: 'Consent', category: 'consent', outcome: 'success' } as const;
  if (!changesFamilySharing(preferencesOf(latest), input.family)) {
    await services.audit.record({ ...audit, resourceId: latest ? `${patientId}:${latest.version}` : patientId, reason: 'nothing changed' });
    return presentFamilySharing(services, patientId, latest);
  }
  const record = await appendConsentVersion(services, patientId, {
    preferences: withFamilySharing(preferencesOf(latest), input.family), method: 'member_portal', givenOn: todayFor(services), note: '', recordedBy: actor.userId,
  }, latest);
  await services.audit.record({ ...audit, resourceId: `${patientId}:${record.version}`, reason: 'method member_portal' });
  return presentFamilySharing(services, patientId, record);
}
