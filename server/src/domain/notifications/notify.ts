import type { NotificationPreferences } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { NotificationRecord } from '../../storage/port';
import type { Services } from '../services';
import type { MailContent } from './mailMessages';
import { MAIL_JOB_DAYS, NOTIFICATION_CAP, NOTIFICATION_DAYS, PENDING_MAIL_CAP } from './notificationSettings';
import { preferencesFor } from './notificationPreferences';

/** What notifying needs beyond the services: whether (and how) e-mail is queued. */
export interface Notifier {
  services: Services;
  /** Null without an e-mail transport: the in-app center works, nothing is queued. */
  mail: {
    /** The domain of Message-IDs (from the sender address). */
    messageDomain: string;
    /** Told after a job is stored, so the queue sends it now instead of at its next look. */
    queued(): void;
  } | null;
}

/** The preferences that switch an e-mail on. */
type EmailPreference = keyof Pick<NotificationPreferences, 'emailMentions' | 'emailFamilyMessages' | 'emailDigest'>;

/** One notification for one person (the same dedupe key never notifies twice), with the e-mail to send when their preferences want it. */
export type NotificationInput = Pick<NotificationRecord, 'userId' | 'kind' | 'patientId' | 'actorId' | 'subjectId' | 'dedupeKey'> & {
  mail?: { when: EmailPreference; content: MailContent };
};

const DAY_MS = 86_400_000;

/**
 * Puts a notification in someone's center and tells their devices; queues the
 * e-mail first when one is wanted, so that both are written even if a crash
 * falls between them (each is idempotent by its key).
 */
export async function notify(notifier: Notifier, input: NotificationInput): Promise<void> {
  const { services } = notifier;
  const now = services.clock.now();
  if (input.mail && notifier.mail) await queueMail(notifier, notifier.mail.messageDomain, input, input.mail);
  const stored = await services.store.notifications.insert({
    id: randomUUID(), userId: input.userId, kind: input.kind, patientId: input.patientId, actorId: input.actorId, subjectId: input.subjectId,
    dedupeKey: input.dedupeKey, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + NOTIFICATION_DAYS * DAY_MS).toISOString(), readAt: null,
  }, NOTIFICATION_CAP);
  if (stored) services.events.publish({ type: 'notifications.changed', userId: input.userId });
}

async function queueMail(notifier: Notifier, messageDomain: string, input: NotificationInput, mail: NonNullable<NotificationInput['mail']>): Promise<void> {
  const { services } = notifier;
  const preferences = await preferencesFor(services, input.userId);
  if (!preferences[mail.when]) return;
  // A bounded queue per person: past the cap the notification is in the app only.
  if (await services.store.mailJobs.countPending(input.userId) >= PENDING_MAIL_CAP) return;
  const id = randomUUID();
  const now = services.clock.now().toISOString();
  const stored = await services.store.mailJobs.enqueue({
    id, userId: input.userId, dedupeKey: `mail:${input.dedupeKey}`, messageId: `<${id}@${messageDomain}>`, subject: mail.content.subject, body: mail.content.body,
    status: 'pending', attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null, lastError: null, createdAt: now, sentAt: null,
  });
  if (stored) notifier.mail?.queued();
}

/** Removes what has outlived its keeping: expired notifications and old finished e-mail jobs. */
export async function sweepNotifications(services: Services): Promise<void> {
  const now = services.clock.now();
  await services.store.notifications.deleteExpired(now.toISOString());
  await services.store.mailJobs.pruneFinished(new Date(now.getTime() - MAIL_JOB_DAYS * DAY_MS).toISOString());
}
