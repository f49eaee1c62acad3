import type { ConsentHistory, ConsentMethod, ConsentVersion } from '@carehuddle/shared';
import type { ConsentRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { isFamilySide } from '../policies/notePolicy';
import type { Services } from '../services';
import { preferencesOf } from './sharingPreferences';

/** The only way consent versions leave the server. */
export async function presentConsentVersions(services: Services, records: readonly ConsentRecord[]): Promise<ConsentVersion[]> {
  const users = await services.store.users.findManyByIds([...new Set(records.map((r) => r.recordedBy))]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return records.map((r) => ({
    version: r.version, preferences: preferencesOf(r), method: r.method as ConsentMethod, givenOn: r.givenOn, note: r.note,
    recordedBy: { userId: r.recordedBy, name: names.get(r.recordedBy) ?? 'Former member' }, recordedAt: r.recordedAt,
  }));
}

/** The preferences in force and their history, for staff on the team (family members do not see who else the patient shares with). */
export async function readConsent(services: Services, actor: Actor, patientId: string): Promise<ConsentHistory> {
  const { membership } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'consent.read' });
  if (isFamilySide(membership.role)) {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'consent.read', resourceType: 'Consent', outcome: 'denied', reason: 'staff only' });
    throw forbidden("Only the care team sees the patient's sharing preferences.");
  }
  const history = await presentConsentVersions(services, await services.store.consents.history(patientId));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'consent.read', resourceType: 'Consent', category: 'consent', outcome: 'success' });
  return { current: history[0] ?? null, history };
}
