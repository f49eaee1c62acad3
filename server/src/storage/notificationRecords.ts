import type { NotificationKind, NotificationPreferences } from '@carehuddle/shared';

/** One notification in a person's center, as stored. */
export interface NotificationRecord {
  id: string;
  userId: string;
  kind: NotificationKind;
  /** The patient it is about; access is checked again whenever it is listed. */
  patientId: string | null;
  /** Who caused it; null for the system. */
  actorId: string | null;
  /** The thread, task, alert or invitation it is about. */
  subjectId: string | null;
  /** The same event never notifies the same person twice (e.g. `digest:<user>:<date>`). */
  dedupeKey: string;
  createdAt: string;
  /** After this it is no longer listed and is removed. */
  expiresAt: string;
  readAt: string | null;
}

/** A person's notification preferences as stored. */
export interface NotificationPreferencesRecord extends NotificationPreferences {
  userId: string;
  updatedAt: string;
}

/** Where an e-mail job is. */
export type MailJobStatus = 'pending' | 'sent' | 'failed';

/** An e-mail waiting to be sent, stored before any attempt so that a crash cannot lose it. */
export interface MailJobRecord {
  id: string;
  userId: string;
  /** Unique: the same notification or digest is never queued twice. */
  dedupeKey: string;
  /** Stable across retries, so a receiving system can drop a duplicate. */
  messageId: string;
  subject: string;
  /** Plain text: a sentence and a link, never clinical detail or a patient's name. */
  body: string;
  status: MailJobStatus;
  attempts: number;
  /** Not tried before this instant (exponential backoff after a failure). */
  nextAttemptAt: string;
  /** The worker holding the job and until when; another worker may take it once the lease ends. */
  leaseOwner: string | null;
  leaseUntil: string | null;
  /** The SMTP response code or error code of the last failure, never the message text. */
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** What a failed attempt changes: the next try (or `failed` for good). */
export type MailJobRetry = Pick<MailJobRecord, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError'>;
