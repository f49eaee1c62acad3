import type { AuditEvent, Communication } from '@medplum/fhirtypes';
import type { AuditRecord, NoteRecord, ThreadRecord } from '../../../storage/port';
import { anchorOf } from '../../notes/threadAccess';
import { presentAuditRecord } from '../../audit/auditReview';
import { CAREHUDDLE_SYSTEMS, metaOf, patientRef, personRef, toFhirId } from './common';

/** What a thread is about, in words. */
function topicOf(thread: ThreadRecord): string {
  const anchor = anchorOf(thread);
  switch (anchor.kind) {
    case 'patient': return 'About the patient';
    case 'planItem': return `About a plan item (${anchor.section})`;
    case 'agendaItem': return 'From a case conference';
  }
}

/**
 * A huddle note. A retracted note keeps its place but not its words
 * (`entered-in-error`, no payload), as in the app.
 */
export function communicationResource(note: NoteRecord, thread: ThreadRecord, firstNoteId: string, names: ReadonlyMap<string, string>): Communication {
  const retracted = note.retractedAt !== null;
  return {
    resourceType: 'Communication', id: toFhirId(note.id), meta: metaOf(note.retractedAt ?? note.editedAt ?? note.createdAt),
    status: retracted ? 'entered-in-error' : 'completed', subject: patientRef(note.patientId), topic: { text: topicOf(thread) },
    sent: note.createdAt, sender: personRef(note.authorId, names),
    ...(note.id !== firstNoteId ? { inResponseTo: [{ reference: `Communication/${toFhirId(firstNoteId)}` }] } : {}),
    ...(retracted ? {} : { payload: [{ contentString: note.body }] }),
  };
}

const OUTCOME = { success: '0', denied: '4', invalid: '4', failed: '8' } as const;

/** An audit record as a FHIR AuditEvent (a REST-style event, its CareHuddle type as the subtype). */
export function auditEventResource(r: AuditRecord, names: ReadonlyMap<string, string>): AuditEvent {
  const shown = presentAuditRecord(r);
  return {
    resourceType: 'AuditEvent', id: `audit-${r.seq}`, meta: metaOf(r.at),
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' },
    subtype: [{ system: CAREHUDDLE_SYSTEMS.auditType, code: r.type }],
    action: r.action, recorded: r.at, outcome: OUTCOME[r.outcome], ...(shown.reason ? { outcomeDesc: shown.reason } : {}),
    agent: [{
      requestor: true,
      who: r.userId?.startsWith('api-client:') ? { display: 'API client', identifier: { system: 'urn:carehuddle:api-client', value: r.userId.slice('api-client:'.length) } }
        : (personRef(r.userId, names) ?? { display: 'Anonymous' }),
      ...(r.role ? { role: [{ text: r.role }] } : {}),
      ...(r.ip ? { network: { address: r.ip, type: '2' as const } } : {}),
    }],
    source: { observer: { display: 'CareHuddle' } },
    entity: [
      ...(r.patientId ? [{ what: patientRef(r.patientId) }] : []),
      { type: { system: 'urn:carehuddle:resource-type', code: r.resourceType }, ...(r.resourceId ? { name: r.resourceId } : {}) },
    ],
  };
}
