import { ACCOUNT_KINDS, CARE_TEAM_ROLES, CONSENT_METHODS, LANGUAGES, RISK_LEVELS, TrackingCategorySchema } from '@carehuddle/shared';
import { Schema } from 'mongoose';

/** Every write waits for a majority of the replica set: acknowledged means durable. */
const options = { versionKey: false as const, writeConcern: { w: 'majority' as const }, strict: 'throw' as const };

/** Users; `emailKey` is the lower-cased e-mail, unique, so look-ups are case-insensitive. */
export const userSchema = new Schema({
  _id: { type: String, required: true },
  email: { type: String, required: true },
  emailKey: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  kind: { type: String, required: true, enum: ACCOUNT_KINDS },
  isAdmin: { type: Boolean, required: true },
  // Added with caseloads: accounts stored before it read as "not a supervisor".
  isSupervisor: { type: Boolean, default: false },
  // Added with Spanish: accounts stored before it read as English.
  preferredLanguage: { type: String, enum: LANGUAGES, default: 'en' },
  passwordHash: { type: String, required: true },
  createdAt: { type: String, required: true },
  disabledAt: { type: String, default: null },
  // Added with the coordinator's phone on the family's pages: accounts stored before it have none.
  workPhone: { type: String, default: null },
}, options);
userSchema.index({ kind: 1, name: 1 });

/** Sessions, keyed by the HMAC of their token. */
export const sessionSchema = new Schema({
  _id: { type: String, required: true },
  userId: { type: String, required: true, index: true },
  createdAt: { type: String, required: true },
  lastActiveAt: { type: String, required: true },
  expiresAt: { type: String, required: true },
}, options);

/** Patients. */
export const patientSchema = new Schema({
  _id: { type: String, required: true },
  name: { type: String, required: true },
  dateOfBirth: { type: String, required: true },
  memberNumber: { type: String, required: true, unique: true },
  enrollmentDate: { type: String, required: true },
  riskLevel: { type: String, enum: [...RISK_LEVELS, null], default: null },
  riskSetBy: { type: String, default: null },
  riskSetAt: { type: String, default: null },
  createdAt: { type: String, required: true },
  // The profile: optional, so patients stored before it existed stay valid and read as "not recorded".
  preferredLanguage: { type: String, default: null },
  interpreterNeeded: { type: Boolean, default: null },
  phone: { type: String, default: null },
  preferredContactTime: { type: String, default: null },
  address: {
    type: new Schema({ line: String, city: String, state: String, postalCode: String }, { _id: false, strict: 'throw' }),
    default: null,
  },
  healthPlanName: { type: String, default: null },
  allergies: { type: [String], default: null },
  pcpUserId: { type: String, default: null },
}, options);

/** Care team memberships, one per (patient, user). */
export const careTeamSchema = new Schema({
  patientId: { type: String, required: true },
  userId: { type: String, required: true, index: true },
  role: { type: String, required: true, enum: CARE_TEAM_ROLES },
  isLead: { type: Boolean, required: true },
  joinedAt: { type: String, required: true },
}, options);
careTeamSchema.index({ patientId: 1, userId: 1 }, { unique: true });
// Program measures: every team's coordinators, and one coordinator's caseload.
careTeamSchema.index({ role: 1, userId: 1, patientId: 1 });
careTeamSchema.index({ isLead: 1, patientId: 1 });

/** The append-only audit chain; `seq` is unique so two nodes cannot append the same link. */
export const auditSchema = new Schema({
  seq: { type: Number, required: true, unique: true },
  at: { type: String, required: true },
  userId: { type: String, default: null },
  role: { type: String, default: null },
  patientId: { type: String, default: null },
  action: { type: String, required: true, enum: ['C', 'R', 'U', 'D', 'E'] },
  type: { type: String, required: true },
  resourceType: { type: String, required: true },
  resourceId: { type: String, default: null },
  category: { type: String, default: null },
  outcome: { type: String, required: true, enum: ['success', 'denied', 'invalid', 'failed'] },
  ip: { type: String, default: null },
  sessionId: { type: String, default: null },
  reason: { type: String, default: null },
  prevHash: { type: String, required: true },
  hash: { type: String, required: true },
}, options);
auditSchema.index({ patientId: 1, seq: 1 });
auditSchema.index({ userId: 1, seq: 1 });
auditSchema.index({ at: 1, seq: 1 });

/** Collaborative document updates, in order per document. */
export const docUpdateSchema = new Schema({
  name: { type: String, required: true },
  seq: { type: Number, required: true },
  update: { type: Buffer, required: true },
  userId: { type: String, required: true },
  at: { type: String, required: true },
}, options);
docUpdateSchema.index({ name: 1, seq: 1 }, { unique: true });

/** One compacted snapshot per document. */
export const docSnapshotSchema = new Schema({
  _id: { type: String, required: true },
  snapshot: { type: Buffer, required: true },
  uptoSeq: { type: Number, required: true },
}, options);

/** Who last changed each item of a document. */
export const docAttributionSchema = new Schema({
  name: { type: String, required: true },
  itemKey: { type: String, required: true },
  userId: { type: String, required: true },
  at: { type: String, required: true },
}, options);
docAttributionSchema.index({ name: 1, itemKey: 1 }, { unique: true });

/** Signed plan versions (never updated). */
export const planVersionSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  title: { type: String, required: true },
  signedBy: { type: String, required: true },
  signedAt: { type: String, required: true },
  states: { type: Map, of: Buffer, required: true },
}, options);
planVersionSchema.index({ patientId: 1, signedAt: -1 });

/** The member's approvals of signed versions: one per member and version (the unique index makes approving twice a no-op). */
export const planApprovalSchema = new Schema({
  patientId: { type: String, required: true },
  versionId: { type: String, required: true },
  approvedBy: { type: String, required: true },
  approvedAt: { type: String, required: true },
}, options);
planApprovalSchema.index({ versionId: 1, approvedBy: 1 }, { unique: true });
planApprovalSchema.index({ patientId: 1, approvedAt: 1 });

/** Per-patient activity counters (the notes catch-up cursor). */
export const noteCounterSchema = new Schema({ _id: { type: String, required: true }, seq: { type: Number, required: true } }, options);

/** Discussion threads. */
export const threadSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  anchor: { type: String, required: true },
  visibility: { type: String, required: true, enum: ['team', 'family'] },
  resolved: { type: Boolean, required: true },
  createdAt: { type: String, required: true },
  lastActivityAt: { type: String, required: true },
  activitySeq: { type: Number, required: true },
}, options);
threadSchema.index({ patientId: 1, activitySeq: -1 });

/** Notes; (authorId, idempotencyKey) is unique so a retried send stores one note. */
export const noteSchema = new Schema({
  _id: { type: String, required: true },
  threadId: { type: String, required: true, index: true },
  patientId: { type: String, required: true },
  authorId: { type: String, required: true },
  body: { type: String, required: true },
  mentions: { type: [String], required: true },
  idempotencyKey: { type: String, required: true },
  createdAt: { type: String, required: true },
  editedAt: { type: String, default: null },
  retractedBy: { type: String, default: null },
  retractedAt: { type: String, default: null },
  retractReason: { type: String, default: null },
}, options);
noteSchema.index({ authorId: 1, idempotencyKey: 1 }, { unique: true });

/** Earlier texts of edited notes. */
export const noteRevisionSchema = new Schema({
  noteId: { type: String, required: true, index: true },
  body: { type: String, required: true },
  editedBy: { type: String, required: true },
  replacedAt: { type: String, required: true },
}, options);

/** How far each user has read each thread. */
export const readMarkerSchema = new Schema({ threadId: { type: String, required: true }, userId: { type: String, required: true }, seq: { type: Number, required: true } }, options);
readMarkerSchema.index({ userId: 1, threadId: 1 }, { unique: true });

/** Case conferences; `memberIds` (chair and invitees) is indexed for "my conferences". */
export const conferenceSchema = new Schema({
  _id: { type: String, required: true },
  title: { type: String, required: true },
  scheduledFor: { type: String, required: true },
  createdBy: { type: String, required: true },
  agenda: { type: [{ _id: false, id: String, patientId: { type: String, default: null }, topic: String }], required: true },
  inviteeIds: { type: [String], required: true },
  memberIds: { type: [String], required: true, index: true },
  currentAgendaItemId: { type: String, default: null },
  timerEndsAt: { type: String, default: null },
  presenter: { type: { _id: false, userId: String, patientId: { type: String, default: null }, section: { type: String, default: null } }, default: null },
  createdAt: { type: String, required: true },
}, options);

/** First join of each person in each conference. */
export const conferenceAttendanceSchema = new Schema({ conferenceId: { type: String, required: true }, userId: { type: String, required: true }, firstJoinedAt: { type: String, required: true } }, options);
conferenceAttendanceSchema.index({ conferenceId: 1, userId: 1 }, { unique: true });

/** Decisions and action items. */
export const conferenceOutcomeSchema = new Schema({
  _id: { type: String, required: true },
  conferenceId: { type: String, required: true, index: true },
  agendaItemId: { type: String, required: true },
  kind: { type: String, required: true, enum: ['decision', 'action'] },
  text: { type: String, required: true },
  by: { type: String, required: true },
  at: { type: String, required: true },
  patientId: { type: String, default: null },
  ownerId: { type: String, default: null },
  dueDate: { type: String, default: null },
}, options);

/** Items tracked for the coordination worklist. */
export const trackedItemSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true, index: true },
  kind: { type: String, required: true },
  category: { type: String, required: true, enum: TrackingCategorySchema.options, default: 'clinical' },
  data: { type: String, required: true },
  ownerId: { type: String, default: null },
  createdAt: { type: String, required: true },
  updatedAt: { type: String, required: true },
}, options);
// Program measures read the clinical items of a few kinds across the organization.
trackedItemSchema.index({ kind: 1, category: 1, patientId: 1 });

/** Versions of a patient's sharing preferences; (patientId, version) is unique, so history is append-only even with two nodes. */
export const consentSchema = new Schema({
  patientId: { type: String, required: true },
  version: { type: Number, required: true, min: 1 },
  preferences: { type: String, required: true },
  method: { type: String, required: true, enum: CONSENT_METHODS },
  givenOn: { type: String, required: true },
  note: { type: String, default: '' },
  recordedBy: { type: String, required: true },
  recordedAt: { type: String, required: true },
}, options);
consentSchema.index({ patientId: 1, version: -1 }, { unique: true });

/** Copies of the plan sent to providers; never updated. */
export const planShareSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  recipient: { type: String, required: true },
  parts: { type: String, required: true },
  format: { type: String, required: true },
  planVersionId: { type: String, default: null },
  consentVersion: { type: Number, required: true, min: 1 },
  sharedBy: { type: String, required: true },
  sharedAt: { type: String, required: true },
}, options);
planShareSchema.index({ patientId: 1, sharedAt: -1 });

/** Caregiver invitations; only the keyed hash of the link's token is stored. */
export const invitationSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  email: { type: String, required: true },
  relationship: { type: String, required: true },
  invitee: { type: String, enum: ['caregiver', 'member'], default: 'caregiver' },
  tokenHash: { type: String, required: true, unique: true },
  consentMethod: { type: String, required: true, enum: CONSENT_METHODS },
  proposeGoals: { type: Boolean, required: true },
  // Added with Spanish: invitations stored before it read as English.
  language: { type: String, enum: LANGUAGES, default: 'en' },
  invitedBy: { type: String, required: true },
  createdAt: { type: String, required: true },
  expiresAt: { type: String, required: true },
  acceptedAt: { type: String, default: null },
  acceptedBy: { type: String, default: null },
  revokedAt: { type: String, default: null },
  revokedBy: { type: String, default: null },
}, options);
invitationSchema.index({ patientId: 1, createdAt: -1 });
invitationSchema.index({ invitedBy: 1 });

/** Medication reconciliations; updates match on `revision` and `status`, so a completed one never changes. */
export const reconciliationSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  status: { type: String, required: true, enum: ['in_progress', 'completed'] },
  data: { type: String, required: true },
  revision: { type: Number, required: true, min: 1 },
  createdAt: { type: String, required: true },
  updatedAt: { type: String, required: true },
}, options);
reconciliationSchema.index({ patientId: 1, createdAt: -1 });

/** Admission and discharge alerts, stored before they are acknowledged; never deleted. */
export const inboundAlertSchema = new Schema({
  _id: { type: String, required: true },
  channel: { type: String, required: true, enum: ['hl7v2', 'fhir'] },
  receivedAt: { type: String, required: true },
  raw: { type: String, required: true },
  summary: { type: String, default: null },
  controlKey: { type: String, default: null },
  eventKey: { type: String, default: null },
  status: { type: String, required: true, enum: ['processed', 'needs_review', 'dismissed'] },
  reason: { type: String, default: null },
  patientId: { type: String, default: null },
  resolvedBy: { type: String, default: null },
  resolvedAt: { type: String, default: null },
}, options);
inboundAlertSchema.index({ controlKey: 1, receivedAt: 1 });
inboundAlertSchema.index({ eventKey: 1, status: 1 });
inboundAlertSchema.index({ status: 1, receivedAt: 1 });
/** Alerts are matched by name and date of birth when the member number is missing. */
patientSchema.index({ dateOfBirth: 1 });
// Search by name, member number or date of birth (the collection's one text index; no stemming of names).
patientSchema.index({ name: 'text', memberNumber: 'text', dateOfBirth: 'text' }, { name: 'patient_search_text', weights: { name: 4, memberNumber: 2, dateOfBirth: 1 }, default_language: 'none' });

/** Health screenings; completion is a conditional update on `status`, so it happens once. */
export const screeningSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  status: { type: String, required: true, enum: ['in_progress', 'completed'] },
  amendsId: { type: String, default: null },
  startedBy: { type: String, required: true },
  startedAt: { type: String, required: true },
  completedBy: { type: String, default: null },
  completedAt: { type: String, default: null },
  answers: { type: String, default: null },
  outcome: { type: String, default: null },
  needs: { type: String, required: true },
}, options);
screeningSchema.index({ patientId: 1, startedAt: -1 });

/** Risk-level changes, only ever added. */
export const riskChangeSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  from: { type: String, enum: [...RISK_LEVELS, null], default: null },
  to: { type: String, required: true, enum: RISK_LEVELS },
  reason: { type: String, required: true },
  by: { type: String, required: true },
  at: { type: String, required: true },
  screeningId: { type: String, default: null },
}, options);
riskChangeSchema.index({ patientId: 1, at: -1 });

/** Roster import jobs with their file (kept so that a restart can run a job again). */
export const rosterImportSchema = new Schema({
  _id: { type: String, required: true },
  format: { type: String, required: true, enum: ['csv', 'fhir'] },
  coordinatorId: { type: String, required: true },
  createdBy: { type: String, required: true },
  createdAt: { type: String, required: true },
  status: { type: String, required: true, enum: ['queued', 'validating', 'committing', 'completed', 'failed'], index: true },
  content: { type: String, required: true },
  totalRows: { type: Number, required: true },
  processedRows: { type: Number, required: true },
  // Row results as JSON text: thousands of small objects, read and written whole.
  results: { type: String, required: true },
  failure: { type: String, default: null },
  completedAt: { type: String, default: null },
}, options);

/** FHIR API clients; only the SHA-256 of the token is stored, and a client is revoked, never deleted. */
export const apiClientSchema = new Schema({
  _id: { type: String, required: true },
  name: { type: String, required: true },
  scopes: { type: [String], required: true },
  patientId: { type: String, default: null },
  tokenHash: { type: String, required: true, unique: true },
  createdBy: { type: String, required: true },
  createdAt: { type: String, required: true },
  expiresAt: { type: String, required: true },
  revokedAt: { type: String, default: null },
  revokedBy: { type: String, default: null },
}, options);

/**
 * Members' enrollment episodes. `openFor` holds the member's id while the
 * episode runs and is unset when it ends: the partial unique index allows one
 * open episode per member, so racing re-enrollments cannot both succeed.
 */
export const enrollmentEpisodeSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  program: { type: String, required: true },
  startedOn: { type: String, required: true },
  endedOn: { type: String, default: null },
  endReason: { type: String, default: null },
  startedBy: { type: String, required: true },
  endedBy: { type: String, default: null },
  createdAt: { type: String, required: true },
  openFor: { type: String },
}, options);
enrollmentEpisodeSchema.index({ patientId: 1, startedOn: 1 });
enrollmentEpisodeSchema.index({ openFor: 1 }, { unique: true, partialFilterExpression: { openFor: { $type: 'string' } } });
