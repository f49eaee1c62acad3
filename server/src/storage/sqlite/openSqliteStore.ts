import { randomBytes } from 'node:crypto';
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
import { measureFactsSchema, sqliteMeasureFacts } from './measureFacts';
import { enrollmentsSchema, sqliteEnrollments } from './enrollments';
import { openMemoryDatabase, openSqliteDatabase, type SqliteDb } from './database';
import { patientsSchema, sqlitePatients } from './patients';
import { planVersionsSchema, sqlitePlanVersions } from './planVersions';
import { planTemplatesSchema, sqlitePlanTemplates } from './planTemplates';
import { planSharesSchema, sqlitePlanShares } from './planShares';
import { rosterImportsSchema, sqliteRosterImports } from './rosterImports';
import { sessionsSchema, sqliteSessions } from './sessions';
import { sqliteUsers, usersSchema } from './users';
import { SqliteWriter } from './writer/sqliteWriter';

const SCHEMAS = [usersSchema, sessionsSchema, patientsSchema, careTeamsSchema, auditSchema, documentsSchema, planVersionsSchema, planTemplatesSchema, notesSchema, conferencesSchema, trackingSchema, consentsSchema, invitationsSchema, reconciliationsSchema, tasksSchema, outreachSchema, screeningsSchema, planSharesSchema, rosterImportsSchema, apiClientsSchema, inboundAlertsSchema, measureFactsSchema, enrollmentsSchema];

function storeOn(db: SqliteDb, writer: (db: SqliteDb) => SqliteWriter): Store {
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
    measureFacts: sqliteMeasureFacts(db),
    enrollments: sqliteEnrollments(db),
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
  return storeOn(openSqliteDatabase(dataDir), (db) => SqliteWriter.onWorker(db, auditKey));
}

/** An embedded store that lives only in memory. */
export function openMemorySqliteStore(options: StoreOptions = {}): Store {
  const auditKey = options.auditKey ?? randomBytes(32);
  return storeOn(openMemoryDatabase(), (db) => SqliteWriter.inline(db, auditKey));
}
