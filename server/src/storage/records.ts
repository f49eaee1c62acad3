import type { AccountKind, Address, Language, CareTeamRole, RiskLevel, TrackingCategory } from '@carehuddle/shared';

/** A user account as stored. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  kind: AccountKind;
  isAdmin: boolean;
  /** A program supervisor (see docs/caseloads.md); absent or false for everyone else. */
  isSupervisor?: boolean;
  /** The language CareHuddle speaks to them (pages and e-mails); absent on accounts stored before it existed: English. */
  preferredLanguage?: Language;
  passwordHash: string;
  createdAt: string;
  /** When an admin disabled the account; absent or null while it may sign in. */
  disabledAt?: string | null;
  /** A staff member's work phone (the family sees their coordinator's); absent when none is recorded. */
  workPhone?: string;
}

/** A signed-in session; `id` is the keyed hash of the cookie token, never the token. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  lastActiveAt: string;
  expiresAt: string;
}

/**
 * Contact, coverage and clinical-contact details of a patient. Added after the
 * first release, so records may lack them; adapters read a missing one as null.
 */
export interface PatientProfileRecord {
  /** BCP-47 tag in canonical form. */
  preferredLanguage: string | null;
  interpreterNeeded: boolean | null;
  phone: string | null;
  preferredContactTime: string | null;
  address: Address | null;
  healthPlanName: string | null;
  /** Empty = no known allergies; null = not recorded. */
  allergies: string[] | null;
  /** The designated primary care physician: a user on the care team as physician. */
  pcpUserId: string | null;
}

/** What "Edit details" may change: the name and any profile field. */
export type PatientDetailsChange = Partial<Pick<PatientRecord, 'name'> & PatientProfileRecord>;

/** A patient as stored; the profile fields are optional when writing (absent = not recorded). */
export interface PatientRecord extends Partial<PatientProfileRecord> {
  id: string;
  name: string;
  dateOfBirth: string;
  memberNumber: string;
  enrollmentDate: string;
  riskLevel: RiskLevel | null;
  riskSetBy: string | null;
  riskSetAt: string | null;
  createdAt: string;
}

/** One person's membership of one patient's care team. */
export interface CareTeamMembershipRecord {
  patientId: string;
  userId: string;
  role: CareTeamRole;
  isLead: boolean;
  joinedAt: string;
}

/** FHIR AuditEvent-shaped action codes. */
export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';
/** Whether the audited attempt succeeded. */
export type AuditOutcome = 'success' | 'denied' | 'invalid' | 'failed';

/** An audit event before it is chained and stored. */
export interface AuditEventInput {
  at: string;
  userId: string | null;
  role: string | null;
  patientId: string | null;
  action: AuditAction;
  /** What was done, e.g. `patient.read`, `auth.login`. */
  type: string;
  resourceType: string;
  resourceId: string | null;
  category: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  sessionId: string | null;
  reason: string | null;
}

/** A stored, hash-chained audit event. */
export interface AuditRecord extends AuditEventInput {
  seq: number;
  prevHash: string;
  hash: string;
}

/** Filters for reading the audit trail; every page is in chain (`seq`) order. */
export interface AuditQuery {
  patientId?: string;
  userId?: string;
  afterSeq?: number;
  limit: number;
  /** Leaves out records of these data categories and their sub-categories (`x` and `x/…`): restricted documents the reviewer may not see. */
  excludeCategories?: readonly string[];
  /** Only records at or after this time (ISO 8601, UTC). */
  from?: string;
  /** Only records before this time (ISO 8601, UTC). */
  to?: string;
}

/** One stored Yjs update of a collaborative document, with who made it. */
export interface DocumentUpdateInput {
  update: Uint8Array;
  userId: string;
  at: string;
}

/** A document's stored state: a compacted snapshot plus the updates after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Array<{ seq: number; update: Uint8Array }>;
}

/** Who last changed one item (or section) of a document, and when. */
export interface AttributionRecord {
  itemKey: string;
  userId: string;
  at: string;
}

/** A signed, immutable plan version: the state of every plan document at sign-off. */
export interface PlanVersionRecord {
  id: string;
  patientId: string;
  title: string;
  signedBy: string;
  signedAt: string;
  /** Encoded Yjs state per audience (`shared`, `clinical`, `sensitive`). */
  states: Record<string, Uint8Array>;
}

/** The member's approval of one signed version; at most one per member and version, never changed. */
export interface PlanApprovalRecord {
  patientId: string;
  versionId: string;
  approvedBy: string;
  approvedAt: string;
}

/** One version of a plan template; versions are only ever added. */
export interface PlanTemplateRecord {
  id: string;
  version: number;
  title: string;
  /** The template's content as JSON (validated by the domain, opaque to the store). */
  data: string;
  /** Null for templates that ship with CareHuddle. */
  createdBy: string | null;
  createdAt: string;
}

/** A discussion thread about a patient. */
export interface ThreadRecord {
  id: string;
  patientId: string;
  /** The anchor as JSON (`NoteAnchor`). */
  anchor: string;
  visibility: 'team' | 'family';
  resolved: boolean;
  createdAt: string;
  lastActivityAt: string;
  activitySeq: number;
}

/** A note in a thread; never deleted, only retracted. */
export interface NoteRecord {
  id: string;
  threadId: string;
  patientId: string;
  authorId: string;
  body: string;
  mentions: string[];
  idempotencyKey: string;
  createdAt: string;
  editedAt: string | null;
  retractedBy: string | null;
  retractedAt: string | null;
  retractReason: string | null;
}

/** An earlier text of an edited note. */
export interface NoteRevisionRecord {
  noteId: string;
  body: string;
  editedBy: string;
  replacedAt: string;
}

/** A scheduled case conference and its live state. */
export interface ConferenceRecord {
  id: string;
  title: string;
  scheduledFor: string;
  createdBy: string;
  agenda: Array<{ id: string; patientId: string | null; topic: string }>;
  inviteeIds: string[];
  currentAgendaItemId: string | null;
  timerEndsAt: string | null;
  presenter: { userId: string; patientId: string | null; section: string | null } | null;
  createdAt: string;
}

/** A decision or action item captured in a conference. */
export interface ConferenceOutcomeRecord {
  id: string;
  conferenceId: string;
  agendaItemId: string;
  kind: 'decision' | 'action';
  text: string;
  by: string;
  at: string;
  /** For action items: the patient, the owner, the due date. */
  patientId: string | null;
  ownerId: string | null;
  dueDate: string | null;
}

/** Something with a deadline that coordination tracks (a screening, a discharge, a referral…). */
export interface TrackedItemRecord {
  id: string;
  patientId: string;
  kind: string;
  /** Whose record it is part of (clinical, behavioral health or substance use): decides who may see it. */
  category: TrackingCategory;
  /** The kind's fields as JSON (validated by the shared schema of the kind). */
  data: string;
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One recorded version of a patient's sharing preferences; versions are only ever added. */
export interface ConsentRecord {
  patientId: string;
  /** 1, 2, 3… per patient; unique, so two concurrent recordings cannot both be version n. */
  version: number;
  /** The preferences as JSON (`SharingPreferences`). */
  preferences: string;
  method: string;
  givenOn: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

/** A copy of the plan sent to a provider: what, to whom, when, by whom, under which consent version. */
export interface PlanShareRecord {
  id: string;
  patientId: string;
  /** The recipient as it was when sent, as JSON (`PlanShareRecipient`). */
  recipient: string;
  /** The plan documents the copy holds, as JSON (`PlanAudience[]`). */
  parts: string;
  format: string;
  /** The signed version sent, or null for the plan as it was then. */
  planVersionId: string | null;
  consentVersion: number;
  sharedBy: string;
  sharedAt: string;
}

/** An invitation of a family caregiver; the link's token is stored only as its keyed hash. */
export interface InvitationRecord {
  id: string;
  patientId: string;
  email: string;
  relationship: string;
  /** A family caregiver's invitation, or the member's own (stores made before member invitations read `caregiver`). */
  invitee: 'caregiver' | 'member';
  tokenHash: string;
  consentMethod: string;
  proposeGoals: boolean;
  /** The invitee's language, chosen by the coordinator: the e-mail is written in it and the new account starts with it (absent on older invitations: English). */
  language?: Language;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

/**
 * A medication reconciliation. Its decisions, follow-ups and sign-off are kept
 * as JSON; `revision` makes every update conditional, and a completed one is
 * never updated again.
 */
export interface ReconciliationRecord {
  id: string;
  patientId: string;
  status: 'in_progress' | 'completed';
  /** Medications, decisions, follow-ups, review and signature as JSON (the domain's `ReconciliationData`). */
  data: string;
  /** Starts at 1 and increases with every update. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * An admission or discharge alert as received (HL7 v2 over MLLP, or a FHIR
 * Encounter), stored before it is acknowledged. `raw` is PHI: it is never logged.
 */
export interface InboundAlertRecord {
  id: string;
  channel: 'hl7v2' | 'fhir';
  receivedAt: string;
  /** The message exactly as received. */
  raw: string;
  /** What was read from it (`AlertSummary` as JSON); null when it could not be read. */
  summary: string | null;
  /** The sender's message id (MSH-10, or the Encounter id), prefixed by the sender: a resend carries the same one. */
  controlKey: string | null;
  /** Event and encounter (`discharge:<sender>:<visit>`): the same event for the same stay is one alert. */
  eventKey: string | null;
  status: 'processed' | 'needs_review' | 'dismissed';
  /** Why it needs review (a `ReviewReason`), or why it was dismissed. */
  reason: string | null;
  patientId: string | null;
  /** The coordinator who matched or dismissed it, and when. */
  resolvedBy: string | null;
  resolvedAt: string | null;
}

/**
 * A system that reads the FHIR API with a bearer token (SMART Backend Services
 * scope names). Only the SHA-256 of the token is kept: the token is shown once.
 */
export interface ApiClientRecord {
  id: string;
  name: string;
  /** Granted scopes, e.g. `system/Patient.read`, `patient/*.read`. */
  scopes: string[];
  /** The one patient `patient/…` scopes apply to; null for a client with `system/…` scopes only. */
  patientId: string | null;
  /** Hex SHA-256 of the token. */
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

/** One task of the team (see `docs/worklist.md#tasks`); a clinical task mirrors an intervention of the clinical plan with the same id. */
export interface TaskRecord {
  id: string;
  patientId: string;
  title: string;
  ownerId: string;
  dueDate: string;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  source: 'plan_intervention' | 'conference_action' | 'reconciliation_follow_up' | 'screening_flag' | 'tracking_step';
  /** Shown beside the task ("Conference: Tuesday huddle"). */
  sourceLabel: string;
  /** The app path the task came from. */
  link: string;
  category: TrackingCategory;
  handoffNote: string;
  goalId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One documented contact attempt. */
export interface OutreachRecord {
  id: string;
  patientId: string;
  channel: string;
  direction: string;
  reached: string;
  outcome: string;
  attemptedOn: string;
  note: string;
  nextAttemptOn: string | null;
  purpose: string;
  targetId: string | null;
  by: string;
  recordedAt: string;
}

/**
 * A health screening: in progress while its live document is filled in, then
 * completed once, after which its answers and outcome never change (a
 * correction is a new screening whose `amendsId` names it).
 */
export interface ScreeningRecord {
  id: string;
  patientId: string;
  status: 'in_progress' | 'completed';
  amendsId: string | null;
  startedBy: string;
  startedAt: string;
  completedBy: string | null;
  completedAt: string | null;
  /** The attributed answers as JSON (`AttributedAnswer[]`), set on completion. */
  answers: string | null;
  /** The computed outcome as JSON (`ScreeningOutcome`), set on completion. */
  outcome: string | null;
  /** The proposed needs with the coordinator's decisions, as JSON; the only part that changes after completion. */
  needs: string;
}

/** One change of a patient's risk level; changes are only ever added. */
export interface RiskChangeRecord {
  id: string;
  patientId: string;
  from: RiskLevel | null;
  to: RiskLevel;
  reason: string;
  by: string;
  at: string;
  screeningId: string | null;
}

/**
 * One enrollment episode of a member. A member with no stored episode has one
 * implicit episode from their enrollment date (`domain/enrollment/episodes.ts`);
 * the first disenrollment stores it. At most one episode per member is open.
 */
export interface EnrollmentEpisodeRecord {
  id: string;
  patientId: string;
  program: string;
  startedOn: string;
  /** Null while the episode runs. */
  endedOn: string | null;
  /** A `DisenrollmentReason`; null while the episode runs. */
  endReason: string | null;
  startedBy: string;
  endedBy: string | null;
  createdAt: string;
}
