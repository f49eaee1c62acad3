import type { NotificationPreferences } from '@carehuddle/shared';

/** What one person's center may hold: the newest this many, each for this long. */
export const NOTIFICATION_CAP = 200;
/** Days a notification stays in the center. */
export const NOTIFICATION_DAYS = 30;
/** E-mails one person may have waiting at once; beyond it the notification is in-app only (a flood of mentions cannot fill the queue). */
export const PENDING_MAIL_CAP = 20;
/** Days a sent or abandoned e-mail job is kept (to answer "was it sent?"), then removed. */
export const MAIL_JOB_DAYS = 30;

/** How the e-mail queue runs; tests shorten the waits. */
export interface MailQueueSettings {
  /** How often the queue and the digest clock are looked at. */
  pollMs: number;
  /** How long a worker holds a job it is sending; longer than any SMTP timeout. */
  leaseMs: number;
  /** The first retry waits this long; each later one twice as long as the one before. */
  backoffMs: number;
  /** Attempts before a job is given up (`failed`). */
  maxAttempts: number;
  /** A digest is made only this long after its chosen time (a server down all morning does not send yesterday's list at night). */
  digestWindowMinutes: number;
}

/** Defaults: a job is looked at within 15 s; retries after 1, 2, 4, … minutes, eight tries over about four hours. */
export const DEFAULT_MAIL_QUEUE: MailQueueSettings = {
  pollMs: 15_000, leaseMs: 5 * 60_000, backoffMs: 60_000, maxAttempts: 8, digestWindowMinutes: 120,
};

/** Preferences of someone who never saved any: mentions and family messages by e-mail, a digest at 07:00 in the organization's time zone. */
export function defaultPreferences(timeZone: string): NotificationPreferences {
  return { emailMentions: true, emailFamilyMessages: true, emailDigest: true, digestTime: '07:00', timeZone };
}
