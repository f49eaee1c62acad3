import { CARE_TEAM_ROLE_LABELS, planDocumentName, type PlanAudience, type PlanShareFormat, type PlanShareRecipient, type ProviderSharing } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { PatientRecord, PlanShareRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { preferencesOf } from '../consent/sharingPreferences';
import { requireCareCoordinator } from '../patients/requireCoordinator';
import { planContent } from '../plans/planContent';
import type { CurrentPlanState } from '../plans/planVersions';
import { mayReceiveProviderCopy, partsToSend, providerSharingOf } from '../policies/providerSharePolicy';
import type { Services } from '../services';
import { renderPlanCopyPdf } from './planCopyPdf';
import { partText } from './planCopyText';

/** What the coordinator asked for, once parsed. */
export interface SharePlanRequest {
  recipientId: string;
  versionId?: string | undefined;
  format: PlanShareFormat;
}

/** A sent copy: its record, and the file to hand over. */
export interface SentPlanCopy {
  share: PlanShareRecord;
  file: Buffer;
  fileName: string;
}

const NO_CONSENT = "The patient has not consented to share the plan with this provider. Record the patient's consent for them first.";

/**
 * Who the consent names, as the record shows them, and their role as the copy
 * names it (the designated PCP as such); null when a team provider has left the care team.
 */
async function recipientOf(
  services: Services, patient: PatientRecord, entry: ProviderSharing,
): Promise<{ recipient: PlanShareRecipient; role: string } | null> {
  if (entry.kind === 'external') {
    return { recipient: { kind: 'external', userId: null, name: entry.name, organization: entry.organization, contact: entry.contact }, role: '' };
  }
  const [member, user] = await Promise.all([services.store.careTeams.find(patient.id, entry.userId), services.store.users.findById(entry.userId)]);
  if (!member || !user || !mayReceiveProviderCopy(member.role)) return null;
  const role = patient.pcpUserId === user.id ? 'designated primary care physician' : CARE_TEAM_ROLE_LABELS[member.role].toLowerCase();
  return { recipient: { kind: 'team', userId: user.id, name: user.name, organization: '', contact: user.email }, role };
}

/**
 * The coordinator sends a provider a copy of the parts of the plan the
 * patient's consent covers for them. The copy is audited and recorded (what,
 * to whom, when, by whom, under which consent version) before it is returned.
 */
export async function sharePlan(services: Services, actor: Actor, patientId: string, request: SharePlanRequest, current: CurrentPlanState): Promise<SentPlanCopy> {
  const { patient, membership } = await requireCareCoordinator(services, actor, patientId, {
    type: 'plan.share', resourceType: 'CarePlan', message: 'Only the care coordinator sends the plan to providers.',
  });
  const refuse = async (message: string, reason: 'no consent covers the recipient' | 'recipient left the care team' | 'sender may read no consented part') => {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'E', type: 'plan.share', resourceType: 'CarePlan', outcome: 'denied', reason });
    return forbidden(message);
  };
  const consent = await services.store.consents.latest(patientId);
  const preferences = preferencesOf(consent);
  const entry = providerSharingOf(preferences, request.recipientId);
  if (!consent || !entry) throw await refuse(NO_CONSENT, 'no consent covers the recipient');
  const named = await recipientOf(services, patient, entry);
  if (!named) throw await refuse('This provider is no longer on the care team. Add them by name as an outside provider in the consent, or choose another.', 'recipient left the care team');
  const { recipient, role } = named;
  const parts: PlanAudience[] = partsToSend(entry, membership, preferences);
  if (parts.length === 0) throw await refuse('You may not read the parts of the plan the patient consented to share with this provider.', 'sender may read no consented part');

  const version = request.versionId ? await services.store.planVersions.find(patientId, request.versionId) : null;
  if (request.versionId && !version) throw notFound('Plan version');
  const sharedAt = services.clock.now().toISOString();
  const contents = await Promise.all(parts.map(async (audience) =>
    planContent(version ? version.states[audience] ?? new Uint8Array([0, 0]) : await current(planDocumentName(patientId, audience)), audience)));
  const team = await services.store.users.findManyByIds((await services.store.careTeams.listForPatient(patientId)).map((m) => m.userId));
  const names = new Map(team.map((u) => [u.id, u.name]));
  const signer = version ? await services.store.users.findById(version.signedBy) : null;
  const file = await renderPlanCopyPdf({
    patient: { name: patient.name, dateOfBirth: patient.dateOfBirth, memberNumber: patient.memberNumber },
    recipient: { ...recipient, name: role ? `${recipient.name} (${role})` : recipient.name },
    planLabel: version
      ? `version "${version.title}", signed ${version.signedAt.slice(0, 10)} by ${signer?.name ?? 'a former member'}`
      : `current plan as of ${sharedAt.slice(0, 10)} (not a signed version)`,
    sharedAt, sharedBy: actor.name, consentVersion: consent.version,
    parts: parts.map((audience, i) => partText(audience, contents[i]!, (id) => names.get(id) ?? 'a former team member')),
  });

  const share: PlanShareRecord = {
    id: randomUUID(), patientId, recipient: JSON.stringify(recipient), parts: JSON.stringify(parts), format: request.format,
    planVersionId: version?.id ?? null, consentVersion: consent.version, sharedBy: actor.userId, sharedAt,
  };
  // One entry per part, so a review shows a restricted part's entry only to those who may read that part.
  await services.audit.recordMany(parts.map((audience) => ({
    actor, role: membership.role, patientId, action: 'E' as const, type: 'plan.share', resourceType: 'CarePlan', resourceId: share.id,
    category: audience, outcome: 'success' as const, reason: `to a ${recipient.kind} provider` as const,
  })));
  await services.store.planShares.insert(share);
  return { share, file, fileName: `care-plan-${sharedAt.slice(0, 10)}.pdf` };
}
