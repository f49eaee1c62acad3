import type { ConsentMethod, ConsentVersion, RecordConsentInput, SharingPreferences } from '@carehuddle/shared';
import { DuplicateKeyError, type ConsentRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, invalid } from '../errors';
import { todayFor } from '../patients/patientAccess';
import { requireCareCoordinator } from '../patients/requireCoordinator';
import { mayReceiveRestricted } from '../policies/consentPolicy';
import { mayReceiveProviderCopy } from '../policies/providerSharePolicy';
import type { Services } from '../services';
import { presentConsentVersions } from './presentConsent';

/** A new version of the preferences, with how and when the patient gave it. */
export interface ConsentChange {
  preferences: SharingPreferences;
  method: ConsentMethod;
  givenOn: string;
  note: string;
  recordedBy: string;
}

/**
 * Stores a new version on top of the latest and tells live channels, which
 * re-check every open connection of the patient. Versions are numbered, so
 * two people recording at once cannot silently overwrite each other. A change
 * computed from a version it read (`basedOn`) follows that version, so one
 * recorded in between makes it a conflict rather than being undone.
 */
export async function appendConsentVersion(
  services: Services, patientId: string, change: ConsentChange, basedOn?: ConsentRecord | null,
): Promise<ConsentRecord> {
  const latest = basedOn === undefined ? await services.store.consents.latest(patientId) : basedOn;
  const record: ConsentRecord = {
    patientId, version: (latest?.version ?? 0) + 1, preferences: JSON.stringify(change.preferences), method: change.method, givenOn: change.givenOn,
    note: change.note, recordedBy: change.recordedBy, recordedAt: services.clock.now().toISOString(),
  };
  try {
    await services.store.consents.append(record);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw conflict('Someone else recorded consent at the same moment; reload and try again.');
    throw error;
  }
  services.events.publish({ type: 'consent.changed', patientId });
  return record;
}

/** Checks that every person named is on the team in a role that may receive what they are named for. */
async function checkRecipients(services: Services, patientId: string, preferences: SharingPreferences): Promise<void> {
  const team = new Map((await services.store.careTeams.listForPatient(patientId)).map((m) => [m.userId, m.role]));
  preferences.family.forEach((entry, i) => {
    if (team.get(entry.userId) !== 'family_caregiver') throw invalid(`preferences.family.${i}.userId`, 'Only family caregivers on the care team can be listed here.');
  });
  for (const key of ['behavioralHealth', 'substanceUse'] as const) {
    preferences[key].forEach((userId, i) => {
      const role = team.get(userId);
      if (!role || !mayReceiveRestricted(role)) throw invalid(`preferences.${key}.${i}`, 'Restricted records can be shared only with clinicians on the care team.');
    });
  }
  preferences.providers.forEach((entry, i) => {
    if (entry.kind !== 'team') return;
    const role = team.get(entry.userId);
    if (!role || !mayReceiveProviderCopy(role)) {
      throw invalid(`preferences.providers.${i}.userId`, 'Only clinicians on the care team can be chosen here; add any other provider by name.');
    }
  });
}

/** The coordinator records the patient's sharing preferences on their behalf; earlier versions are kept. */
export async function recordConsent(services: Services, actor: Actor, patientId: string, input: RecordConsentInput): Promise<ConsentVersion> {
  const { membership } = await requireCareCoordinator(services, actor, patientId, {
    type: 'consent.record', resourceType: 'Consent', message: "Only the care coordinator records the patient's consent.",
  });
  if (input.givenOn > todayFor(services)) throw invalid('givenOn', 'The date consent was given cannot be in the future.');
  await checkRecipients(services, patientId, input.preferences);
  const record = await appendConsentVersion(services, patientId, { ...input, recordedBy: actor.userId });
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'C', type: 'consent.record', resourceType: 'Consent', resourceId: `${patientId}:${record.version}`,
    category: 'consent', outcome: 'success', reason: `method ${input.method}`,
  });
  const [presented] = await presentConsentVersions(services, [record]);
  return presented!;
}
