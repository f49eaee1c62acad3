import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Store, StoreOptions } from '../port';
import { auditSchema, sqliteAudit } from './audit';
import { careTeamsSchema, sqliteCareTeams } from './careTeams';
import { documentsSchema, sqliteDocuments } from './documents';
import { notesSchema, sqliteNotes } from './notes';
import { conferencesSchema, sqliteConferences } from './conferences';
import { screeningsSchema, sqliteScreenings } from './screenings';
import { sqliteTracking, trackingSchema } from './tracking';
import { reconciliationsSchema, sqliteReconciliations } from './reconciliations';
import { consentsSchema, sqliteConsents } from './consents';
import { invitationsSchema, sqliteInvitations } from './invitations';
import { inboundAlertsSchema, sqliteInboundAlerts } from './inboundAlerts';
import { apiClientsSchema, sqliteApiClients } from './apiClients';
import { sqliteTasks, tasksSchema } from './tasks';
import { outreachSchema, sqliteOutreach } from './outreach';
import { sentActionsSchema, sqliteSentActions } from './sentActions';
import { measureFactsSchema, sqliteMeasureFacts } from './measureFacts';
import { enrollmentsSchema, sqliteEnrollments } from './enrollments';
import { openMemoryDatabase, openSqliteDatabase, type SqliteDb } from './database';
import { patientsSchema, sqlitePatients } from './patients';
import { planVersionsSchema, sqlitePlanVersions } from './planVersions';
import { planTemplatesSchema, sqlitePlanTemplates } from './planTemplates';
import { planSharesSchema, sqlitePlanShares } from './planShares';
import { rosterImportsSchema, sqliteRosterImports } from './rosterImports';
import { searchSchema, sqliteSearch } from './search';
import { sessionsSchema, sqliteSessions } from './sessions';
import { sqliteUsers, usersSchema } from './users';
import { SqliteWriter } from './writer/sqliteWriter';
import { attachmentsSchema, sqliteAttachments } from './attachments';
import { directoryAttachmentFiles, memoryAttachmentFiles, type AttachmentFiles } from './attachmentFiles';

const SCHEMAS = [usersSchema, sessionsSchema, patientsSchema, careTeamsSchema, auditSchema, documentsSchema, planVersionsSchema, planTemplatesSchema, notesSchema, conferencesSchema, trackingSchema, consentsSchema, invitationsSchema, reconciliationsSchema, tasksSchema, outreachSchema, screeningsSchema, planSharesSchema, rosterImportsSchema, apiClientsSchema, inboundAlertsSchema, measureFactsSchema, enrollmentsSchema, attachmentsSchema, searchSchema, notificationsSchema, mailJobsSchema, sentActionsSchema];
import { notificationsSchema, sqliteNotifications } from './notifications';
import { mailJobsSchema, sqliteMailJobs } from './mailJobs';


function storeOn(db: SqliteDb, writer: (db: SqliteDb) => SqliteWriter, files: AttachmentFiles): Store {
  for (const schema of SCHEMAS) db.exec(schema);
  // Started after the schema exists: the writer's own connection prepares its statements against it.
  const groupWriter = writer(db);
  return {
    kind: 'embedded',
    ready: () => groupWriter.ready(),
    users: sqliteUsers(db),
    sessions: sqliteSessions(db),
    patients: sqlitePatients(db),
    careTeams: sqliteCareTeams(db),
    rosterImports: sqliteRosterImports(db),
    audit: sqliteAudit(db, groupWriter),
    documents: sqliteDocuments(db, groupWriter),
    planVersions: sqlitePlanVersions(db),
    planTemplates: sqlitePlanTemplates(db),
    notes: sqliteNotes(db),
    conferences: sqliteConferences(db),
    tracking: sqliteTracking(db),
    consents: sqliteConsents(db),
    invitations: sqliteInvitations(db),
    reconciliations: sqliteReconciliations(db),
    inboundAlerts: sqliteInboundAlerts(db),
    apiClients: sqliteApiClients(db),
    tasks: sqliteTasks(db),
    outreach: sqliteOutreach(db),
    screenings: sqliteScreenings(db),
    planShares: sqlitePlanShares(db),
    search: sqliteSearch(db, groupWriter),
    measureFacts: sqliteMeasureFacts(db),
    enrollments: sqliteEnrollments(db),
    attachments: sqliteAttachments(db, files),
    notifications: sqliteNotifications(db),
    mailJobs: sqliteMailJobs(db),
    sentActions: sqliteSentActions(db),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await groupWriter.close();
      if (db.open) db.close();
    },
  };
}

/** The zero-setup embedded store: SQLite in WAL mode under `dataDir`. */
export function openSqliteStore(dataDir: string, options: StoreOptions = {}): Store {
  const auditKey = options.auditKey ?? randomBytes(32);
  // Attached files live beside the database, in a directory of the owner's alone.
  return storeOn(openSqliteDatabase(dataDir), (db) => SqliteWriter.onWorker(db, auditKey), directoryAttachmentFiles(join(dataDir, 'attachments')));
}

/** An embedded store that lives only in memory. */
export function openMemorySqliteStore(options: StoreOptions = {}): Store {
  const auditKey = options.auditKey ?? randomBytes(32);
  return storeOn(openMemoryDatabase(), (db) => SqliteWriter.inline(db, auditKey), memoryAttachmentFiles());
}
