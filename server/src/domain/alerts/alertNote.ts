import { addDays, CARE_SETTING_LABELS, type AlertSummary } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { NoteRecord, ThreadRecord } from '../../storage/port';
import { threadAuditCategory } from '../notes/threadAccess';
import type { Services } from '../services';
import { alertsActor, ALERTS_AUTHOR_ID } from './alertsAuthor';
import { indexNote } from '../search/searchIndexing';

const WENT_TO: Record<NonNullable<AlertSummary['dischargedTo']>, string> = {
  home: 'home', hospital: 'another hospital', emergency: 'an emergency department', skilled_nursing: 'a skilled nursing facility',
  rehabilitation: 'a rehabilitation facility', home_health: 'home with home health care',
};

/** What the huddle note says: plain sentences a coordinator acts on. */
export function alertNoteBody(summary: AlertSummary): string {
  const where = `${summary.facility} (${CARE_SETTING_LABELS[summary.setting].toLowerCase()})`;
  if (summary.event === 'discharge') {
    const to = summary.dischargedTo ? `, to ${WENT_TO[summary.dischargedTo]}` : '';
    const due = addDays(summary.dischargedOn!, 7);
    return `Discharged from ${where} on ${summary.dischargedOn}${to}. A follow-up visit and a medication reconciliation are due by ${due}.`;
  }
  const verb = summary.event === 'admit' ? 'Admitted to' : 'Registered at the emergency department of';
  return `${verb} ${where}${summary.admittedOn ? ` on ${summary.admittedOn}` : ''}. Check in with the care team there.`;
}

/**
 * Posts the alert as a team-only huddle note on the patient, written by the
 * system identity; keyed by the alert, so reprocessing never posts it twice.
 */
export async function postAlertNote(services: Services, patientId: string, alertId: string, summary: AlertSummary, ip: string | null): Promise<void> {
  const idempotencyKey = `alert-${alertId}`;
  if (await services.store.notes.findNoteByIdempotencyKey(ALERTS_AUTHOR_ID, idempotencyKey)) return;
  const now = services.clock.now().toISOString();
  const thread: ThreadRecord = {
    id: randomUUID(), patientId, anchor: JSON.stringify({ kind: 'patient' }), visibility: 'team', resolved: false,
    createdAt: now, lastActivityAt: now, activitySeq: await services.store.notes.nextActivitySeq(patientId),
  };
  const note: NoteRecord = {
    id: randomUUID(), threadId: thread.id, patientId, authorId: ALERTS_AUTHOR_ID, body: alertNoteBody(summary), mentions: [], idempotencyKey,
    createdAt: now, editedAt: null, retractedBy: null, retractedAt: null, retractReason: null,
  };
  await services.store.notes.insertThreadWithNote(thread, note);
  await indexNote(services, thread, note);
  await services.audit.record({
    actor: alertsActor(ip), role: 'interface', patientId, action: 'C', type: 'note.create', resourceType: 'Communication', resourceId: note.id,
    category: threadAuditCategory(thread), outcome: 'success',
  });
  services.events.publish({ type: 'notes.changed', patientId, threadId: thread.id, mentioned: [], by: ALERTS_AUTHOR_ID });
}
