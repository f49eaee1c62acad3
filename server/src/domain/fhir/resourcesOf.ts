import { PLAN_AUDIENCES, type FhirResourceType } from '@carehuddle/shared';
import type { Resource } from '@medplum/fhirtypes';
import type { ThreadRecord } from '../../storage/port';
import { preferencesOf } from '../consent/sharingPreferences';
import type { Services } from '../services';
import type { PatientView } from './patientView';
import { readPlanItems, type PlanItem } from './planItems';
import { carePlanResource, SECTION_RESOURCE, type ResourceSection } from './resources/carePlanResource';
import { careTeamResource, consentResource, patientResource } from './resources/patientResources';
import { conditionResource, goalResource, medicationStatementResource, serviceRequestResource, taskResource } from './resources/planResources';
import { screeningQuestionnaireResponses } from '@carehuddle/shared';
import { presentScreenings } from '../screenings/readScreenings';
import { auditEventResource, communicationResource } from './resources/recordResources';
import { patientRef, personRef } from './resources/common';

/** Threads read per patient: a bound, so one request never loads an unbounded history. */
const THREADS_PER_PATIENT = 500;
/** Audit records read per patient. */
const AUDIT_PER_PATIENT = 1000;

const PLAN_MAPPERS = {
  Goal: goalResource, Condition: conditionResource, Task: taskResource, ServiceRequest: serviceRequestResource, MedicationStatement: medicationStatementResource,
} as const;

/**
 * Builds one patient's resources for one caller, loading each source once:
 * the plan documents the caller may read, the names of the people involved.
 */
export class PatientResources {
  private items?: Promise<PlanItem[]>;
  private readonly names = new Map<string, string>();

  constructor(private readonly services: Services, readonly view: PatientView) {}

  private planItems(): Promise<PlanItem[]> {
    this.items ??= readPlanItems(this.services, this.view.patient.id, this.view.audiences, this.view.patient.createdAt);
    return this.items;
  }

  private async loadNames(userIds: Iterable<string | null | undefined>): Promise<ReadonlyMap<string, string>> {
    const missing = [...new Set([...userIds].filter((id): id is string => !!id && !this.names.has(id)))];
    if (missing.length) for (const u of await this.services.store.users.findManyByIds(missing)) this.names.set(u.id, u.name);
    return this.names;
  }

  /** Every resource of `type` about this patient that the caller may read (none when the type is not allowed). */
  async ofType(type: FhirResourceType): Promise<Resource[]> {
    if (!this.view.allows(type)) return [];
    const { patient } = this.view;
    const store = this.services.store;
    switch (type) {
      case 'Patient': return [patientResource(patient, await this.loadNames([patient.pcpUserId]))];
      case 'CareTeam': {
        const members = await store.careTeams.listForPatient(patient.id);
        return [careTeamResource(patient, members, await this.loadNames(members.map((m) => m.userId)))];
      }
      case 'CarePlan': return [carePlanResource(patient, (await this.planItems()).filter((i) => this.allowsSection(i.section)))];
      case 'Goal': case 'Condition': case 'Task': case 'ServiceRequest': case 'MedicationStatement': {
        const items = (await this.planItems()).filter((i) => SECTION_RESOURCE[i.section as ResourceSection] === type);
        const names = await this.loadNames(items.map((i) => i.fields.owner));
        return items.map((i) => PLAN_MAPPERS[type](i, { patientId: patient.id, names }));
      }
      case 'Consent': {
        const history = await store.consents.history(patient.id);
        const names = await this.loadNames(history.flatMap((c) => {
          const p = preferencesOf(c);
          return [...p.family.map((f) => f.userId), ...p.behavioralHealth, ...p.substanceUse];
        }));
        return history.map((c, index) => consentResource(c, index === 0, names));
      }
      case 'Communication': return this.communications();
      case 'QuestionnaireResponse': {
        // Completed screenings only: one in progress is a live document, not yet a response.
        const completed = (await store.screenings.listForPatient(patient.id)).filter((r) => r.status === 'completed');
        const refs = { patient: patientRef(patient.id), person: (p: { userId: string; name: string }) => personRef(p.userId, new Map([[p.userId, p.name]]))! };
        return (await presentScreenings(this.services, completed)).flatMap((s) => screeningQuestionnaireResponses(s, refs).filter((r) => (r.item ?? []).length > 0));
      }
      case 'AuditEvent': {
        // Records about documents the caller may not read are left out, as in the app's review.
        const hidden = PLAN_AUDIENCES.filter((a) => !this.view.audiences.includes(a));
        const records = await store.audit.list({ patientId: patient.id, limit: AUDIT_PER_PATIENT, excludeCategories: hidden });
        const names = await this.loadNames(records.map((r) => r.userId));
        return records.map((r) => auditEventResource(r, names));
      }
    }
  }

  /** Whether the CarePlan may reference a section's items (the referenced type must be readable too). */
  private allowsSection(section: string): boolean {
    const type = SECTION_RESOURCE[section as ResourceSection] as FhirResourceType | undefined;
    return type === undefined || this.view.allows(type);
  }

  private async communications(): Promise<Resource[]> {
    const notes = this.services.store.notes;
    const threads = (await notes.listThreads(this.view.patient.id, { limit: THREADS_PER_PATIENT })).filter((t) => this.view.seesThread(t));
    const byId = new Map<string, ThreadRecord>(threads.map((t) => [t.id, t]));
    const all = await notes.notesOf(threads.map((t) => t.id));
    const names = await this.loadNames(all.map((n) => n.authorId));
    const firstOf = new Map<string, string>();
    for (const n of [...all].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) if (!firstOf.has(n.threadId)) firstOf.set(n.threadId, n.id);
    return all.map((n) => communicationResource(n, byId.get(n.threadId)!, firstOf.get(n.threadId)!, names));
  }
}
