import { CARE_TEAM_ROLE_LABELS, type SharingPreferences } from '@carehuddle/shared';
import type { CareTeam, Consent, ConsentProvision, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import type { CareTeamMembershipRecord, ConsentRecord, PatientRecord } from '../../../storage/port';
import { preferencesOf } from '../../consent/sharingPreferences';
import { CAREHUDDLE_SYSTEMS, metaOf, patientRef, personRef, toFhirId } from './common';

/** A patient: name, birth date, member number and the contact details the team recorded. */
export function patientResource(p: PatientRecord, names: ReadonlyMap<string, string>): Patient {
  const parts = p.name.trim().split(/\s+/);
  const family = parts.length > 1 ? parts[parts.length - 1] : undefined;
  const pcp = personRef(p.pcpUserId, names);
  return {
    resourceType: 'Patient', id: toFhirId(p.id), meta: metaOf(p.riskSetAt ?? p.createdAt), active: true,
    identifier: [{ system: CAREHUDDLE_SYSTEMS.memberNumber, value: p.memberNumber }],
    name: [{ text: p.name, ...(family ? { family, given: parts.slice(0, -1) } : {}) }],
    birthDate: p.dateOfBirth,
    ...(p.phone ? { telecom: [{ system: 'phone', value: p.phone, use: 'home' }] } : {}),
    ...(p.address ? { address: [{ line: [p.address.line], city: p.address.city, state: p.address.state, postalCode: p.address.postalCode }] } : {}),
    ...(p.preferredLanguage ? { communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: p.preferredLanguage }] }, preferred: true }] } : {}),
    ...(pcp ? { generalPractitioner: [pcp as Reference<Practitioner>] } : {}),
  };
}

/** The care team, one per patient (same id as the patient), with each member's role. */
export function careTeamResource(p: PatientRecord, members: readonly CareTeamMembershipRecord[], names: ReadonlyMap<string, string>): CareTeam {
  const lastJoined = members.reduce((last, m) => (m.joinedAt > last ? m.joinedAt : last), p.createdAt);
  return {
    resourceType: 'CareTeam', id: toFhirId(p.id), meta: metaOf(lastJoined), status: 'active', name: `Care team of ${p.name}`,
    subject: patientRef(p.id),
    participant: members.map((m) => ({
      role: [{ coding: [{ system: CAREHUDDLE_SYSTEMS.careTeamRole, code: m.role, display: CARE_TEAM_ROLE_LABELS[m.role] }], text: m.isLead ? `${CARE_TEAM_ROLE_LABELS[m.role]} (lead)` : CARE_TEAM_ROLE_LABELS[m.role] }],
      member: personRef(m.userId, names),
      period: { start: m.joinedAt },
    })),
  };
}

const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const recipient = (userId: string, names: ReadonlyMap<string, string>) =>
  ({ role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] }, reference: personRef(userId, names)! });

/** One permit per grant of the preferences: the family's plan, behavioral health, substance use. */
function provisionsOf(prefs: SharingPreferences, names: ReadonlyMap<string, string>): ConsentProvision[] {
  const grants: ConsentProvision[] = [];
  for (const f of prefs.family) {
    if (f.sharedPlan) grants.push({ type: 'permit', actor: [recipient(f.userId, names)], action: [{ text: f.proposeGoals ? 'Read the shared plan and suggest goals' : 'Read the shared plan' }] });
  }
  const restricted = (userIds: readonly string[], code: string, display: string) => {
    if (userIds.length) grants.push({ type: 'permit', actor: userIds.map((u) => recipient(u, names)), securityLabel: [{ system: ACT_CODE, code, display }] });
  };
  restricted(prefs.behavioralHealth, 'PSY', 'psychiatry information sensitivity');
  restricted(prefs.substanceUse, 'ETH', 'substance abuse information sensitivity');
  return grants;
}

/** A version of the sharing preferences; only the newest is `active`. */
export function consentResource(c: ConsentRecord, isLatest: boolean, names: ReadonlyMap<string, string>): Consent {
  return {
    resourceType: 'Consent', id: `${toFhirId(c.patientId)}-v${c.version}`, meta: metaOf(c.recordedAt),
    status: isLatest ? 'active' : 'inactive',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: patientRef(c.patientId), dateTime: c.recordedAt,
    performer: [patientRef(c.patientId)],
    policyRule: { coding: [{ system: ACT_CODE, code: 'OPTIN', display: 'opt-in' }], text: `Given ${c.method.replace(/_/g, ' ')} on ${c.givenOn}` },
    provision: { type: 'deny', period: { start: c.givenOn }, provision: provisionsOf(preferencesOf(c), names) },
  };
}
