import type { Language } from '@carehuddle/shared';
import type {
  AttributionRecord,
  AuditEventInput,
  AuditQuery,
  AuditRecord,
  CareTeamMembershipRecord,
  DocumentUpdateInput,
  PatientRecord,
  PatientDetailsChange,
  PlanVersionRecord,
  PlanApprovalRecord,
  PlanTemplateRecord,
  NoteRecord,
  NoteRevisionRecord,
  ThreadRecord,
  ConferenceRecord,
  TrackedItemRecord,
  ReconciliationRecord,
  ConferenceOutcomeRecord,
  SessionRecord,
  StoredDocument,
  UserRecord,
  ConsentRecord,
  InvitationRecord,
  InboundAlertRecord,
  ApiClientRecord,
  TaskRecord,
  OutreachRecord,
  ScreeningRecord,
  RiskChangeRecord,
  PlanShareRecord,
  EnrollmentEpisodeRecord,
} from './records';
import type { AuditKey } from './auditChain';
import type { RosterCommit, RosterImportProgress, RosterImportRecord } from './rosterImportRecords';
import type { PatientSearchMatch, SearchEntryHit, SearchEntryRecord, SearchTextQuery } from './searchRecords';

export type * from './records';
export type * from './rosterImportRecords';
export type * from './searchRecords';
import type { MeasureFactRepository } from './measureFactRecords';
import type { AttachmentRecord } from './attachmentRecords';

export type * from './records';
export type * from './rosterImportRecords';
export type * from './measureFactRecords';

export type * from './attachmentRecords';
import type { MailJobRecord, MailJobRetry, NotificationPreferencesRecord, NotificationRecord } from './notificationRecords';

export type * from './notificationRecords';
import type { SentActionRepository } from './sentActionRecords';

export type * from './sentActionRecords';

/** Raised by adapters when a unique key (e-mail, membership) already exists. */
export class DuplicateKeyError extends Error {
  constructor(what: string) {
    super(`${what} already exists`);
    this.name = 'DuplicateKeyError';
  }
}

/** User accounts. */
export interface UserRepository {
  create(user: UserRecord): Promise<void>;
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  findManyByIds(ids: readonly string[]): Promise<UserRecord[]>;
  listStaff(): Promise<UserRecord[]>;
  count(): Promise<number>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  /** Disables (a time) or re-enables (null) an account; false when there is no such user. */
  setDisabled(id: string, disabledAt: string | null): Promise<boolean>;
  /** Makes an account a program supervisor or not; false when there is no such user. */
  setSupervisor(id: string, isSupervisor: boolean): Promise<boolean>;
  /** Sets the language the person reads CareHuddle in; false when there is no such user. */
  setPreferredLanguage(id: string, language: Language): Promise<boolean>;
  /** Sets (a number) or clears (null) a staff member's work phone; false when there is no such user. */
  setWorkPhone(id: string, workPhone: string | null): Promise<boolean>;
}

/** Sessions, keyed by the hash of their token. */
export interface SessionRepository {
  create(session: SessionRecord): Promise<void>;
  findById(id: string): Promise<SessionRecord | null>;
  touch(id: string, lastActiveAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes every session of a user except `keep`; returns the deleted ids. */
  deleteForUser(userId: string, keep?: string): Promise<string[]>;
}

/** Patients. */
export interface PatientRepository {
  create(patient: PatientRecord): Promise<void>;
  findById(id: string): Promise<PatientRecord | null>;
  findManyByIds(ids: readonly string[]): Promise<PatientRecord[]>;
  setRiskLevel(id: string, change: Pick<PatientRecord, 'riskLevel' | 'riskSetBy' | 'riskSetAt'>): Promise<void>;
  /** The member with this member number (unique), for matching admission alerts. */
  findByMemberNumber(memberNumber: string): Promise<PatientRecord | null>;
  /** Members born on a day, for matching alerts by name and date of birth. */
  listBornOn(dateOfBirth: string): Promise<PatientRecord[]>;
  /** Every patient's id, in id order (the organization, as a system client of the FHIR API sees it). */
  listIds(): Promise<string[]>;
  /** Sets the given fields (others stay as they are); false when there is no such patient. */
  updateDetails(id: string, change: PatientDetailsChange): Promise<boolean>;
}

/** Roster import jobs, and the one transaction that imports a file. */
export interface RosterImportRepository {
  create(job: RosterImportRecord): Promise<void>;
  find(id: string): Promise<RosterImportRecord | null>;
  /** Jobs neither completed nor failed: a restart runs them again. */
  listUnfinished(): Promise<RosterImportRecord[]>;
  /** Records progress of a job that is not completed (a completed job is never changed). */
  setProgress(id: string, progress: RosterImportProgress): Promise<void>;
  /**
   * In ONE transaction, all or nothing: creates each row's patient or updates
   * the one with its member number, puts the coordinator on the team (lead of a
   * new member) and the PCP as physician, designates the PCP, and marks the job
   * completed with the results. Returns the results (refused rows included);
   * a job already completed is returned as it was, never imported twice.
   */
  commit(id: string, commit: RosterCommit): Promise<RosterImportRecord>;
}

/** Care team memberships. */
export interface CareTeamRepository {
  add(member: CareTeamMembershipRecord): Promise<void>;
  remove(patientId: string, userId: string): Promise<boolean>;
  find(patientId: string, userId: string): Promise<CareTeamMembershipRecord | null>;
  listForPatient(patientId: string): Promise<CareTeamMembershipRecord[]>;
  listForUser(userId: string): Promise<CareTeamMembershipRecord[]>;
  /** Every lead membership of every patient (the organization's caseloads). */
  listLeads(): Promise<CareTeamMembershipRecord[]>;
  /**
   * Makes `userId` the patient's lead coordinator, atomically: the previous
   * lead leaves the team, and the new one joins as care coordinator (or, already
   * on the team, becomes it). Returns the previous lead's id (null when there was
   * none); a no-op returning `userId` when they already lead.
   */
  handOverLead(patientId: string, userId: string, joinedAt: string): Promise<string | null>;
}

/** How a store is opened; both adapters take the same options. */
export interface StoreOptions {
  /**
   * The key that seals the audit chain (from AUDIT_KEY or AUDIT_DIR). Without
   * one (tests, benchmarks) a throwaway key is used: the chain is still
   * consistent, but no later process can verify it.
   */
  auditKey?: AuditKey;
}

/** Append-only, hash-chained audit trail; there is deliberately no update or delete. */
export interface AuditRepository {
  append(event: AuditEventInput): Promise<AuditRecord>;
  /** Appends several events as consecutive links in one go (a list of patients shown, a batch of edits). */
  appendMany(events: readonly AuditEventInput[]): Promise<AuditRecord[]>;
  list(query: AuditQuery): Promise<AuditRecord[]>;
  /** Every record in chain order, for verification and export. */
  iterateAll(): AsyncIterable<AuditRecord>;
}

/**
 * Collaborative documents as an append-only log of Yjs updates with periodic
 * snapshots, so that opening a document never replays an unbounded history.
 */
export interface DocumentRepository {
  load(name: string): Promise<StoredDocument>;
  /**
   * Appends updates atomically, with who changed which item (`attribution`) in
   * the same write; returns the seq of the last one. Adapters group the
   * appends of all documents made within a short window into one commit.
   */
  append(name: string, updates: readonly DocumentUpdateInput[], attribution?: readonly AttributionRecord[]): Promise<number>;
  /**
   * Replaces the snapshot and drops the updates up to `uptoSeq`, atomically —
   * unless a snapshot at or beyond `uptoSeq` is already stored (another node compacted first).
   */
  compact(name: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  /** Number of updates after the snapshot. */
  tailLength(name: string): Promise<number>;
  recordAttribution(name: string, entries: readonly AttributionRecord[]): Promise<void>;
  attribution(name: string): Promise<AttributionRecord[]>;
}

/** Signed plan versions: insert and read only, so that a signed version can never change. */
export interface PlanVersionRepository {
  create(version: PlanVersionRecord): Promise<void>;
  listForPatient(patientId: string): Promise<Array<Omit<PlanVersionRecord, 'states'>>>;
  find(patientId: string, id: string): Promise<PlanVersionRecord | null>;
  /** Records an approval; false when this member had already approved this version (the first one stands). */
  approve(approval: PlanApprovalRecord): Promise<boolean>;
  /** Every approval of the patient's versions, oldest first. */
  approvals(patientId: string): Promise<PlanApprovalRecord[]>;
}

/** Plan templates: versions are inserted and read, never changed. */
export interface PlanTemplateRepository {
  /** Throws DuplicateKeyError when that version of the template exists (two edits of the same version race). */
  insertVersion(version: PlanTemplateRecord): Promise<void>;
  /** One version, or the latest when `version` is absent. */
  find(id: string, version?: number): Promise<PlanTemplateRecord | null>;
  /** The latest version of every template, by title. */
  listLatest(): Promise<PlanTemplateRecord[]>;
}

/** Huddle notes: threads, notes (never deleted), revisions and per-user read markers. */
export interface NoteRepository {
  /** The next per-patient activity number, atomically (the catch-up cursor). */
  nextActivitySeq(patientId: string): Promise<number>;
  insertThread(thread: ThreadRecord): Promise<void>;
  /**
   * Stores a new thread with its first note, atomically: both or neither.
   * Throws DuplicateKeyError (storing nothing) when the author already used
   * the note's idempotency key, so racing sends never leave an empty thread.
   */
  insertThreadWithNote(thread: ThreadRecord, note: NoteRecord): Promise<void>;
  /** Throws DuplicateKeyError when the author already used the idempotency key. */
  insertNote(note: NoteRecord): Promise<void>;
  findNoteByIdempotencyKey(authorId: string, key: string): Promise<NoteRecord | null>;
  findThread(patientId: string, threadId: string): Promise<ThreadRecord | null>;
  findNote(patientId: string, noteId: string): Promise<NoteRecord | null>;
  notesOf(threadIds: readonly string[]): Promise<NoteRecord[]>;
  revisionCounts(noteIds: readonly string[]): Promise<Map<string, number>>;
  touchThread(threadId: string, change: Pick<ThreadRecord, 'activitySeq' | 'lastActivityAt'> & { resolved?: boolean }): Promise<void>;
  /** Saves the earlier text as a revision and replaces the body, atomically. */
  editNote(noteId: string, change: Pick<NoteRecord, 'body' | 'mentions' | 'editedAt'>, revision: NoteRevisionRecord): Promise<void>;
  retractNote(noteId: string, change: Pick<NoteRecord, 'retractedBy' | 'retractedAt' | 'retractReason'>): Promise<void>;
  /** Threads by activity, newest first; `before`/`after` bound `activitySeq`. */
  listThreads(patientId: string, query: { before?: number; after?: number; limit: number; visibility?: 'family' }): Promise<ThreadRecord[]>;
  setReadMarker(threadId: string, userId: string, activitySeq: number): Promise<void>;
  readMarkers(userId: string, threadIds: readonly string[]): Promise<Map<string, number>>;
}

/** Case conferences: schedule, live state, attendance, decisions and action items. */
export interface ConferenceRepository {
  create(conference: ConferenceRecord): Promise<void>;
  find(id: string): Promise<ConferenceRecord | null>;
  /** Conferences a user chairs or is invited to, soonest first. */
  listForUser(userId: string): Promise<ConferenceRecord[]>;
  updateState(id: string, state: Pick<ConferenceRecord, 'currentAgendaItemId' | 'timerEndsAt' | 'presenter'>): Promise<void>;
  /** Records the first time a person joined (later joins keep the first time). */
  recordAttendance(id: string, userId: string, at: string): Promise<void>;
  attendance(id: string): Promise<Array<{ userId: string; firstJoinedAt: string }>>;
  addOutcome(outcome: ConferenceOutcomeRecord): Promise<void>;
  outcomes(id: string): Promise<ConferenceOutcomeRecord[]>;
}

/** Items tracked for the coordination worklist. */
export interface TrackingRepository {
  insert(item: TrackedItemRecord): Promise<void>;
  find(patientId: string, id: string): Promise<TrackedItemRecord | null>;
  update(id: string, data: string, updatedAt: string): Promise<void>;
  listForPatients(patientIds: readonly string[]): Promise<TrackedItemRecord[]>;
  /** Hands an item to another owner. */
  setOwner(id: string, ownerId: string, updatedAt: string): Promise<void>;
}

/** The team's tasks; a change replaces the fields it names and stamps `updatedAt`. */
export interface TaskRepository {
  insert(task: TaskRecord): Promise<void>;
  find(patientId: string, id: string): Promise<TaskRecord | null>;
  update(id: string, change: Partial<Pick<TaskRecord, 'title' | 'ownerId' | 'dueDate' | 'status' | 'priority' | 'handoffNote' | 'goalId'>> & { updatedAt: string }): Promise<void>;
  /** Tasks of these patients, oldest first. */
  listForPatients(patientIds: readonly string[]): Promise<TaskRecord[]>;
}

/** Contact attempts: appended, never changed. */
export interface OutreachRepository {
  insert(attempt: OutreachRecord): Promise<void>;
  /** Attempts for these patients, newest first (by day, then by recording). */
  listForPatients(patientIds: readonly string[]): Promise<OutreachRecord[]>;
}

/** Versions of patients' sharing preferences: append and read only, so history is never overwritten. */
export interface ConsentRepository {
  /** Throws DuplicateKeyError when that version of the patient's preferences already exists. */
  append(consent: ConsentRecord): Promise<void>;
  latest(patientId: string): Promise<ConsentRecord | null>;
  /** Every version, newest first. */
  history(patientId: string): Promise<ConsentRecord[]>;
}

/** Copies of the plan sent to providers: insert and read only, a record of what left. */
export interface PlanShareRepository {
  insert(share: PlanShareRecord): Promise<void>;
  /** The patient's shares, newest first. */
  listForPatient(patientId: string): Promise<PlanShareRecord[]>;
}

/** Caregiver invitations. */
export interface InvitationRepository {
  create(invitation: InvitationRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  find(patientId: string, id: string): Promise<InvitationRecord | null>;
  /** Newest first. */
  listForPatient(patientId: string): Promise<InvitationRecord[]>;
  /** Marks it used, only if it is neither used nor revoked; false when it was (single use, even under a race). */
  markAccepted(id: string, userId: string, at: string): Promise<boolean>;
  /** Withdraws it, only if it is neither used nor revoked; false otherwise. */
  revoke(id: string, userId: string, at: string): Promise<boolean>;
  /**
   * Withdraws every invitation `invitedBy` made (for one patient, or all when
   * `patientId` is null) that is neither used nor revoked; returns them.
   */
  revokePendingBy(invitedBy: string, patientId: string | null, revokedBy: string, at: string): Promise<InvitationRecord[]>;
}

/** Systems that read the FHIR API; a client is never deleted, only revoked, so the audit trail keeps naming it. */
export interface ApiClientRepository {
  create(client: ApiClientRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<ApiClientRecord | null>;
  /** Every client, newest first. */
  list(): Promise<ApiClientRecord[]>;
  /** Revokes it unless it already is; false when there is no such client or it was revoked. */
  revoke(id: string, revokedBy: string, at: string): Promise<boolean>;
}

/** Medication reconciliations: updates are conditional, and a completed reconciliation is immutable. */
export interface ReconciliationRepository {
  insert(record: ReconciliationRecord): Promise<void>;
  find(patientId: string, id: string): Promise<ReconciliationRecord | null>;
  /** The patient's reconciliations, newest first. */
  listForPatient(patientId: string): Promise<ReconciliationRecord[]>;
  /**
   * Replaces data and status and takes the next revision — only if the stored
   * revision is `expectedRevision` and the reconciliation is not completed.
   * Returns false (and changes nothing) otherwise.
   */
  update(id: string, change: Pick<ReconciliationRecord, 'data' | 'status' | 'updatedAt'>, expectedRevision: number): Promise<boolean>;
}

/** Admission and discharge alerts, each stored before it is acknowledged; never deleted. */
export interface InboundAlertRepository {
  insert(alert: InboundAlertRecord): Promise<void>;
  find(id: string): Promise<InboundAlertRecord | null>;
  /** The first alert stored with this control key (a resend of the same message), if any. */
  firstWithControlKey(controlKey: string): Promise<InboundAlertRecord | null>;
  /** The first processed alert with this event key (the same event of the same stay), if any. */
  processedWithEventKey(eventKey: string): Promise<InboundAlertRecord | null>;
  /** Alerts waiting for a coordinator, oldest first. */
  listNeedingReview(limit: number): Promise<InboundAlertRecord[]>;
  /**
   * Settles an alert that waits for review (matched and processed, or dismissed) —
   * only if it still waits; false (and nothing changes) when someone settled it first.
   */
  settle(id: string, change: Pick<InboundAlertRecord, 'status' | 'reason' | 'patientId' | 'resolvedBy' | 'resolvedAt'>): Promise<boolean>;
  /** Records the outcome of processing an alert that was stored as processed (a failure sends it to review). */
  setOutcome(id: string, change: Pick<InboundAlertRecord, 'status' | 'reason'>): Promise<void>;
}

/** Health screenings and the history of risk-level changes. */
export interface ScreeningRepository {
  start(screening: ScreeningRecord): Promise<void>;
  /** Stores the completion once: false (and nothing changes) when it was already completed. */
  complete(id: string, completion: Pick<ScreeningRecord, 'completedBy' | 'completedAt' | 'answers' | 'outcome' | 'needs'>): Promise<boolean>;
  find(patientId: string, id: string): Promise<ScreeningRecord | null>;
  /** Newest first. */
  listForPatient(patientId: string): Promise<ScreeningRecord[]>;
  /** Replaces the proposed needs' decisions of a completed screening. */
  setNeeds(id: string, needs: string): Promise<void>;
  /** Sets the patient's risk level and adds the change to its history, atomically where the store allows. */
  recordRiskChange(change: RiskChangeRecord): Promise<void>;
  /** Newest first. */
  riskHistory(patientId: string): Promise<RiskChangeRecord[]>;
}

/**
 * The full-text index: patients (name, member number, date of birth) straight
 * from their records, and the passages of notes and plans the domain puts in.
 */
export interface SearchRepository {
  /** Replaces every entry of a group (a plan document, a note) with these, atomically; [] removes them. Clears the group's stale mark. */
  replaceGroup(group: string, entries: readonly SearchEntryRecord[]): Promise<void>;
  /** Notes durably that a group's source changed and its entries may lag (indexed again at start-up if the process stops first). */
  markStale(group: string): Promise<void>;
  /** Groups marked stale and not indexed since, at most `limit`. */
  staleGroups(limit: number): Promise<string[]>;
  /** Entries matching every word, in scopes the searcher holds; best first. */
  findEntries(query: SearchTextQuery & { scopes: readonly string[] }): Promise<SearchEntryHit[]>;
  /** Patients among `patientIds` whose name, member number or date of birth match every word; best first. */
  findPatients(query: SearchTextQuery & { patientIds: readonly string[] }): Promise<PatientSearchMatch[]>;
  /** The version of the entries' format last built (0 for none): a newer one rebuilds them. */
  builtVersion(): Promise<number>;
  /** Removes every entry and stale mark, and the built version (a rebuild cut short is redone at the next start). */
  startRebuild(): Promise<void>;
  /** Records that the entries of `version` are complete. */
  finishRebuild(version: number): Promise<void>;
}

/** Members' enrollment episodes: added and ended, never deleted (kept under the retention setting). */
export interface EnrollmentRepository {
  /** Stores an episode; throws DuplicateKeyError when it is open and the member already has an open one. */
  insert(episode: EnrollmentEpisodeRecord): Promise<void>;
  /** Ends an open episode; false (and nothing changes) when it is not open. */
  end(id: string, change: { endedOn: string; endReason: string; endedBy: string }): Promise<boolean>;
  /** The episodes of these members, each member's oldest first. */
  listForPatients(patientIds: readonly string[]): Promise<EnrollmentEpisodeRecord[]>;
}

/**
 * Attached files: the content is stored durably outside the database first,
 * then the row; a file is acknowledged once its row is committed. Never changed.
 */
export interface AttachmentRepository {
  /** Stores the content (flushed to disk), then the row; throws DuplicateKeyError when the id exists. */
  insert(record: AttachmentRecord, content: Uint8Array): Promise<void>;
  find(patientId: string, id: string): Promise<AttachmentRecord | null>;
  /** The patient's files, oldest first. */
  listForPatient(patientId: string): Promise<AttachmentRecord[]>;
  /** How many files one target of a patient has. */
  countForTarget(patientId: string, targetKey: string): Promise<number>;
  /** The stored bytes of a file, or null when there are none. */
  content(id: string): Promise<Buffer | null>;
}

/** People's notification centers and preferences. */
export interface NotificationRepository {
  /**
   * Stores a notification unless one with its dedupe key exists (then false),
   * and drops the recipient's oldest beyond `cap`, so one person's center stays bounded.
   */
  insert(notification: NotificationRecord, cap: number): Promise<boolean>;
  /** The recipient's notifications not expired at `now`, newest first. */
  listForUser(userId: string, now: string, limit: number): Promise<NotificationRecord[]>;
  /** Marks one read (if it is theirs and unread); false otherwise. */
  markRead(userId: string, id: string, at: string): Promise<boolean>;
  /** Marks all of the recipient's unread notifications read; returns how many changed. */
  markAllRead(userId: string, at: string): Promise<number>;
  /** Removes notifications expired at `now`; returns how many. */
  deleteExpired(now: string): Promise<number>;
  preferences(userId: string): Promise<NotificationPreferencesRecord | null>;
  setPreferences(preferences: NotificationPreferencesRecord): Promise<void>;
  /** Everyone who saved preferences (the others have the defaults). */
  listPreferences(): Promise<NotificationPreferencesRecord[]>;
}

/** The durable e-mail queue: a job is stored before it is sent and claimed with a lease while it is. */
export interface MailJobRepository {
  /** Stores a job unless one with its dedupe key exists (then false). */
  enqueue(job: MailJobRecord): Promise<boolean>;
  /**
   * Takes up to `limit` pending jobs due at `now` whose lease is free or ended,
   * for `owner` until `leaseUntil`, atomically: two workers never hold one job.
   */
  claimDue(now: string, owner: string, leaseUntil: string, limit: number): Promise<MailJobRecord[]>;
  /** Marks a job sent, only while `owner` holds it; false otherwise. */
  markSent(id: string, owner: string, at: string): Promise<boolean>;
  /** Records a failed attempt and frees the lease, only while `owner` holds it; false otherwise. */
  retryLater(id: string, owner: string, retry: MailJobRetry): Promise<boolean>;
  find(id: string): Promise<MailJobRecord | null>;
  /** Jobs of a recipient still waiting to be sent. */
  countPending(userId: string): Promise<number>;
  /** Removes sent and failed jobs created before `before`; returns how many. */
  pruneFinished(before: string): Promise<number>;
}

/** The persistence port: every adapter implements all of it, and one contract suite tests each. */
export interface Store {
  readonly kind: 'embedded' | 'mongodb';
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly patients: PatientRepository;
  readonly careTeams: CareTeamRepository;
  readonly rosterImports: RosterImportRepository;
  readonly audit: AuditRepository;
  readonly documents: DocumentRepository;
  readonly planVersions: PlanVersionRepository;
  readonly planTemplates: PlanTemplateRepository;
  readonly notes: NoteRepository;
  readonly conferences: ConferenceRepository;
  readonly tracking: TrackingRepository;
  readonly reconciliations: ReconciliationRepository;
  readonly consents: ConsentRepository;
  readonly invitations: InvitationRepository;
  readonly inboundAlerts: InboundAlertRepository;
  readonly apiClients: ApiClientRepository;
  readonly tasks: TaskRepository;
  readonly outreach: OutreachRepository;
  readonly screenings: ScreeningRepository;
  readonly planShares: PlanShareRepository;
  readonly search: SearchRepository;
  readonly measureFacts: MeasureFactRepository;
  readonly enrollments: EnrollmentRepository;
  readonly attachments: AttachmentRepository;
  readonly notifications: NotificationRepository;
  readonly mailJobs: MailJobRepository;
  readonly sentActions: SentActionRepository;
  /** Resolves when the store answers; rejects otherwise. */
  ping(): Promise<void>;
  /** Resolves once the store can take writes without a start-up delay (the embedded store's writer thread has started). */
  ready?(): Promise<void>;
  close(): Promise<void>;
}
