import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type { Store, StoreOptions } from '../port';
import { mongoSessions, mongoUsers } from './accounts';
import { mongoAudit } from './audit';
import { mongoDocuments, mongoPlanVersions } from './documents';
import { modelsOn } from './models';
import { mongoPlanTemplates } from './planTemplates';
import { mongoNotes } from './notes';
import { mongoConferences } from './conferences';
import { mongoScreenings } from './screenings';
import { mongoTracking } from './tracking';
import { mongoOutreach, mongoTasks } from './tasks';
import { mongoReconciliations } from './reconciliations';
import { mongoInboundAlerts } from './inboundAlerts';
import { mongoConsents, mongoInvitations } from './sharing';
import { mongoPlanShares } from './planShares';
import { mongoCareTeams, mongoPatients } from './patients';
import { mongoRosterImports } from './rosterImports';
import { mongoApiClients } from './apiClients';
import { mongoSearch } from './search';
import { mongoMeasureFacts } from './measureFacts';
import { mongoEnrollments } from './enrollments';
import { mongoAttachments } from './attachments';
import { mongoMailJobs, mongoNotifications } from './notifications';
import { mongoSentActions } from './sentActions';

/** The production store: MongoDB through mongoose, on a connection of its own. */
export async function openMongoStore(uri: string, options: StoreOptions = {}): Promise<Store> {
  const connection = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 10_000, writeConcern: { w: 'majority' } });
  // Operator objects in query values are neutralized: `{ $ne: null }` from a client can never match.
  connection.set('sanitizeFilter', true);
  connection.set('strictQuery', true);
  await connection.asPromise();
  const models = modelsOn(connection);
  await Promise.all(Object.values(models).map((model) => model.syncIndexes()));
  return {
    kind: 'mongodb',
    users: mongoUsers(models),
    sessions: mongoSessions(models),
    patients: mongoPatients(models),
    careTeams: mongoCareTeams(models),
    rosterImports: mongoRosterImports(models),
    audit: mongoAudit(models, options.auditKey ?? randomBytes(32)),
    documents: mongoDocuments(models),
    planVersions: mongoPlanVersions(models),
    planTemplates: mongoPlanTemplates(models),
    notes: mongoNotes(models),
    conferences: mongoConferences(models),
    tracking: mongoTracking(models),
    consents: mongoConsents(models),
    invitations: mongoInvitations(models),
    planShares: mongoPlanShares(models),
    reconciliations: mongoReconciliations(models),
    inboundAlerts: mongoInboundAlerts(models),
    apiClients: mongoApiClients(models),
    tasks: mongoTasks(models),
    outreach: mongoOutreach(models),
    screenings: mongoScreenings(models),
    search: mongoSearch(models),
    measureFacts: mongoMeasureFacts(models),
    enrollments: mongoEnrollments(models),
    attachments: mongoAttachments(models, connection),
    notifications: mongoNotifications(models),
    mailJobs: mongoMailJobs(models),
    sentActions: mongoSentActions(models),
    async ping() {
      await connection.db?.admin().ping();
    },
    async close() {
      await connection.close();
    },
  };
}
