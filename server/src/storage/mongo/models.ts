import { mongo, type Connection, type Model } from 'mongoose';
import { DuplicateKeyError } from '../port';
import {
  auditSchema, careTeamSchema, docAttributionSchema, docSnapshotSchema, docUpdateSchema, patientSchema, planVersionSchema, planApprovalSchema,
  sessionSchema, userSchema, noteCounterSchema, threadSchema, noteSchema, noteRevisionSchema, readMarkerSchema,
  conferenceSchema, conferenceAttendanceSchema, conferenceOutcomeSchema, trackedItemSchema, consentSchema, invitationSchema,
  reconciliationSchema, screeningSchema, riskChangeSchema, planShareSchema, rosterImportSchema, apiClientSchema, inboundAlertSchema,
  enrollmentEpisodeSchema,
} from './schemas';
import { planTemplateSchema } from './planTemplates';
import { outreachSchema, sentActionSchema, taskSchema } from './taskSchemas';
import { attachmentSchema } from './attachmentSchema';
import { searchEntrySchema, searchMetaSchema, searchStaleSchema } from './searchSchemas';
import { mailJobSchema, notificationPreferencesSchema, notificationSchema } from './notificationSchemas';

/** The models of one connection (a connection of its own, never mongoose's global default). */
export function modelsOn(connection: Connection) {
  return {
    users: connection.model('User', userSchema, 'users'),
    sessions: connection.model('Session', sessionSchema, 'sessions'),
    patients: connection.model('Patient', patientSchema, 'patients'),
    careTeams: connection.model('CareTeamMember', careTeamSchema, 'care_team_members'),
    audit: connection.model('AuditEvent', auditSchema, 'audit_events'),
    docUpdates: connection.model('DocUpdate', docUpdateSchema, 'doc_updates'),
    docSnapshots: connection.model('DocSnapshot', docSnapshotSchema, 'doc_snapshots'),
    docAttribution: connection.model('DocAttribution', docAttributionSchema, 'doc_attribution'),
    planVersions: connection.model('PlanVersion', planVersionSchema, 'plan_versions'),
    planApprovals: connection.model('PlanApproval', planApprovalSchema, 'plan_approvals'),
    planTemplates: connection.model('PlanTemplate', planTemplateSchema, 'plan_templates'),
    noteCounters: connection.model('NoteCounter', noteCounterSchema, 'note_counters'),
    threads: connection.model('Thread', threadSchema, 'threads'),
    notes: connection.model('Note', noteSchema, 'notes'),
    noteRevisions: connection.model('NoteRevision', noteRevisionSchema, 'note_revisions'),
    readMarkers: connection.model('ReadMarker', readMarkerSchema, 'read_markers'),
    conferences: connection.model('Conference', conferenceSchema, 'conferences'),
    conferenceAttendance: connection.model('ConferenceAttendance', conferenceAttendanceSchema, 'conference_attendance'),
    conferenceOutcomes: connection.model('ConferenceOutcome', conferenceOutcomeSchema, 'conference_outcomes'),
    trackedItems: connection.model('TrackedItem', trackedItemSchema, 'tracked_items'),
    consents: connection.model('Consent', consentSchema, 'consents'),
    invitations: connection.model('Invitation', invitationSchema, 'invitations'),
    reconciliations: connection.model('Reconciliation', reconciliationSchema, 'reconciliations'),
    inboundAlerts: connection.model('InboundAlert', inboundAlertSchema, 'inbound_alerts'),
    apiClients: connection.model('ApiClient', apiClientSchema, 'api_clients'),
    tasks: connection.model('Task', taskSchema, 'tasks'),
    outreach: connection.model('OutreachAttempt', outreachSchema, 'outreach_attempts'),
    screenings: connection.model('Screening', screeningSchema, 'screenings'),
    riskChanges: connection.model('RiskChange', riskChangeSchema, 'risk_changes'),
    planShares: connection.model('PlanShare', planShareSchema, 'plan_shares'),
    rosterImports: connection.model('RosterImport', rosterImportSchema, 'roster_imports'),
    searchEntries: connection.model('SearchEntry', searchEntrySchema, 'search_entries'),
    searchStale: connection.model('SearchStale', searchStaleSchema, 'search_stale'),
    searchMeta: connection.model('SearchMeta', searchMetaSchema, 'search_meta'),
    enrollmentEpisodes: connection.model('EnrollmentEpisode', enrollmentEpisodeSchema, 'enrollment_episodes'),
    attachments: connection.model('Attachment', attachmentSchema, 'attachments'),
    notifications: connection.model('Notification', notificationSchema, 'notifications'),
    notificationPreferences: connection.model('NotificationPreferences', notificationPreferencesSchema, 'notification_preferences'),
    mailJobs: connection.model('MailJob', mailJobSchema, 'mail_jobs'),
    sentActions: connection.model('SentAction', sentActionSchema, 'sent_actions'),
  };
}

/** The models an adapter works with. */
export type Models = ReturnType<typeof modelsOn>;
/** Any of them. */
export type AnyModel = Model<never>;

/** Whether an error is MongoDB's duplicate key error. */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 11000;
}

/** Runs a write, mapping a duplicate key to the port's DuplicateKeyError. */
export async function unique<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateKey(error)) throw new DuplicateKeyError(what);
    throw error;
  }
}
