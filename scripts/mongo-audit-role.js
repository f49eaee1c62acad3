// Creates (or updates) the MongoDB role and user CareHuddle runs as, with the audit trail insert-only.
//
//   CAREHUDDLE_DB=carehuddle CAREHUDDLE_APP_PASSWORD='…' mongosh "mongodb://admin:…@host:27017/admin" --file scripts/mongo-audit-role.js
//
// Run it as a database administrator, then give the app a MONGODB_URI with the `carehuddle_app` user.
// MongoDB privileges only add up, so the role lists every collection by name: `audit_events` gets find
// and insert (and the index actions mongoose's syncIndexes needs) but never update, remove or drop;
// every other collection gets read and write. A collection added to the app must be added here too.
/* global db, process, print */
const dbName = process.env.CAREHUDDLE_DB || 'carehuddle';
const password = process.env.CAREHUDDLE_APP_PASSWORD;
if (!password) throw new Error('Set CAREHUDDLE_APP_PASSWORD');

const AUDIT = 'audit_events';
const COLLECTIONS = [
  'users', 'sessions', 'patients', 'care_team_members', 'doc_updates', 'doc_snapshots', 'doc_attribution', 'plan_versions',
  'note_counters', 'threads', 'notes', 'note_revisions', 'read_markers', 'conferences', 'conference_attendance',
  'conference_outcomes', 'tracked_items', 'consents', 'invitations', 'reconciliations',
  'plan_templates', 'api_clients', 'tasks', 'outreach_attempts', 'screenings', 'risk_changes', 'plan_shares', 'roster_imports', 'inbound_alerts',
  'search_entries', 'search_stale', 'search_meta', 'enrollment_episodes', 'notifications', 'notification_preferences', 'mail_jobs', 'plan_approvals', 'sent_actions',
  // Attachments: their rows, and the GridFS bucket that holds their bytes.
  'attachments', 'attachments.files', 'attachments.chunks',
];
const INDEXES = ['createIndex', 'dropIndex', 'listIndexes', 'createCollection'];
const privileges = [
  { resource: { db: dbName, collection: AUDIT }, actions: ['find', 'insert', ...INDEXES] },
  ...COLLECTIONS.map((collection) => ({ resource: { db: dbName, collection }, actions: ['find', 'insert', 'update', 'remove', ...INDEXES] })),
  { resource: { db: dbName, collection: '' }, actions: ['listCollections'] },
];

const target = db.getSiblingDB(dbName);
if (target.getRole('carehuddleApp')) target.updateRole('carehuddleApp', { privileges, roles: [] });
else target.createRole({ role: 'carehuddleApp', privileges, roles: [] });
if (target.getUser('carehuddle_app')) target.updateUser('carehuddle_app', { pwd: password, roles: [{ role: 'carehuddleApp', db: dbName }] });
else target.createUser({ user: 'carehuddle_app', pwd: password, roles: [{ role: 'carehuddleApp', db: dbName }] });
print(`carehuddle_app on ${dbName}: ${AUDIT} is insert-only (find, insert); ${COLLECTIONS.length} other collections read-write.`);
