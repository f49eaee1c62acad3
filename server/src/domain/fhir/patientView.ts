import { FHIR_RESOURCE_TYPES, PLAN_AUDIENCES, type FhirResourceType, type PlanAudience, type SharingPreferences } from '@carehuddle/shared';
import type { CareTeamMembershipRecord, PatientRecord, ThreadRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { activeMembership, currentPreferences } from '../consent/sharingPreferences';
import { anchorOf } from '../notes/threadAccess';
import { canViewPatientAudit } from '../policies/auditPolicy';
import { canReadThread } from '../policies/notePolicy';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import { canAdministerScreening } from '../policies/screeningPolicy';
import type { Services } from '../services';
import type { FhirCaller } from './fhirCaller';
import { scopeAllows } from './scopes';

/**
 * What one caller may read of one patient, decided once with the app's own
 * policies: the care team and the patient's consent for staff, the scopes for
 * a system. Every resource the API returns passes through one of these.
 */
export interface PatientView {
  patient: PatientRecord;
  /** The caller's care-team role (`system` for an API client), for the audit trail. */
  role: string;
  /** Plan documents the caller may read. */
  audiences: readonly PlanAudience[];
  /** The patient's sharing preferences in force. */
  preferences: SharingPreferences;
  /** Whether a resource type is readable for this patient. */
  allows(type: FhirResourceType): boolean;
  /** Whether a huddle thread is readable. */
  seesThread(thread: ThreadRecord): boolean;
}

/**
 * Systems never read behavioral-health or substance-use documents: the patient
 * consents to share those with named people, and no token can hold that consent.
 */
const SYSTEM_AUDIENCES: readonly PlanAudience[] = ['shared', 'clinical'];

function staffView(patient: PatientRecord, actor: Actor, membership: CareTeamMembershipRecord, preferences: SharingPreferences): PatientView {
  const audiences = PLAN_AUDIENCES.filter((a) => planDocumentAccess(membership, a, preferences) !== 'none');
  return {
    patient, role: membership.role, audiences, preferences,
    allows: (type) => {
      if (type === 'AuditEvent') return canViewPatientAudit(actor, membership);
      // Screenings hold depression and safety answers: administering staff only, as in the app.
      if (type === 'QuestionnaireResponse') return canAdministerScreening(membership);
      return true;
    },
    seesThread: (thread) => canReadThread(membership, preferences, { visibility: thread.visibility, anchor: anchorOf(thread) }),
  };
}

function systemView(patient: PatientRecord, caller: Extract<FhirCaller, { kind: 'system' }>, preferences: SharingPreferences): PatientView {
  return {
    patient, role: 'system', audiences: SYSTEM_AUDIENCES, preferences,
    // Nor screenings: their PHQ-9 and safety answers are behavioral-health content.
    allows: (type) => type !== 'QuestionnaireResponse' && scopeAllows(caller.client, type, patient.id),
    // Team threads about the patient or about an item of a document a system reads; never family-only chatter or restricted items.
    seesThread: (thread) => {
      const anchor = anchorOf(thread);
      return anchor.kind !== 'planItem' || SYSTEM_AUDIENCES.includes(anchor.audience);
    },
  };
}

/** The caller's view of one patient, or null when the patient is not theirs to see (or does not exist). */
export async function patientViewFor(services: Services, caller: FhirCaller, patientId: string): Promise<PatientView | null> {
  const patient = await services.store.patients.findById(patientId);
  if (!patient) return null;
  if (caller.kind === 'system') {
    const view = systemView(patient, caller, await currentPreferences(services, patientId));
    return FHIR_RESOURCE_TYPES.some((t) => view.allows(t)) ? view : null;
  }
  const active = await activeMembership(services, patientId, caller.actor.userId);
  return active ? staffView(patient, caller.actor, active.membership, active.preferences) : null;
}

/** The ids of every patient the caller may see anything of. */
export async function visiblePatientIds(services: Services, caller: FhirCaller): Promise<string[]> {
  if (caller.kind === 'staff') return (await services.store.careTeams.listForUser(caller.actor.userId)).map((m) => m.patientId);
  const { client } = caller;
  const systemWide = client.scopes.some((s) => s.startsWith('system/'));
  if (systemWide) return services.store.patients.listIds();
  return client.patientId ? [client.patientId] : [];
}
