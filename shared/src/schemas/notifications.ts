import { z } from 'zod';
import { IdSchema, InstantSchema } from './ids';

/** What a notification is about. */
export const NotificationKindSchema = z.enum([
  'mention', 'task_assigned', 'tasks_due', 'family_message', 'admission', 'discharge', 'invitation_accepted',
]);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** One notification, as its recipient sees it: who, about which patient, and where it leads. */
export const NotificationSchema = z.object({
  id: IdSchema,
  kind: NotificationKindSchema,
  /** One sentence saying what happened, without clinical detail. */
  sentence: z.string(),
  /** The patient it is about, named only to a reader who may still see that patient. */
  patient: z.object({ id: IdSchema, name: z.string() }).nullable(),
  /** Who caused it (null for the system: an admission feed, the daily due list). */
  by: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Where in the app it leads (a thread, a task list, an alert). */
  link: z.string(),
  createdAt: InstantSchema,
  /** When the recipient read it; null while unread. */
  readAt: InstantSchema.nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** The notification center: newest first, with the count of unread ones. */
export const NotificationListSchema = z.object({
  notifications: z.array(NotificationSchema),
  /** Unread notifications the reader may still see. */
  unread: z.number().int().min(0),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** Route parameters naming one notification. */
export const NotificationParamsSchema = z.strictObject({ notificationId: IdSchema });

/** A time of day, `HH:MM` on a 24-hour clock. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time such as 07:30.' });

/** Which e-mails a person wants, and when their daily digest comes. */
export const NotificationPreferencesSchema = z.strictObject({
  /** An e-mail as soon as someone mentions me. */
  emailMentions: z.boolean(),
  /** An e-mail as soon as a family member writes on a patient I coordinate. */
  emailFamilyMessages: z.boolean(),
  /** A daily e-mail listing my tasks due today and overdue (only when there are some). */
  emailDigest: z.boolean(),
  /** When the digest comes, in `timeZone`. */
  digestTime: TimeOfDaySchema,
  /** IANA time zone of `digestTime`. */
  timeZone: z.string().min(1).max(64).refine(isTimeZone, { error: 'Choose a time zone from the list.' }),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** The preferences with whether this server can send e-mail at all. */
export const NotificationSettingsSchema = z.object({
  preferences: NotificationPreferencesSchema,
  /** False when no SMTP transport is configured: only the in-app center works. */
  emailAvailable: z.boolean(),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

/** Whether the runtime knows an IANA time zone. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
