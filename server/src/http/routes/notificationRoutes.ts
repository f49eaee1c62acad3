import { NotificationListSchema, NotificationParamsSchema, NotificationPreferencesSchema, NotificationSettingsSchema } from '@carehuddle/shared';
import { readNotificationSettings, saveNotificationSettings } from '../../domain/notifications/notificationPreferences';
import { markAllNotificationsRead, markNotificationRead, readNotifications } from '../../domain/notifications/readNotifications';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The signed-in person's notification center and e-mail settings (their own only: no route takes a user id). */
export function notificationRoutes(services: Services, emailAvailable: boolean): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/notifications', tag: 'notifications', auth: 'session',
      summary: 'My notifications, newest first: only those about things I may still see, with the unread count.', response: NotificationListSchema,
      handle: ({ actor }) => readNotifications(services, actor),
    }),
    defineRoute({
      method: 'post', path: '/api/notifications/read-all', tag: 'notifications', auth: 'session', status: 204,
      summary: 'Mark all my notifications read.',
      handle: async ({ actor }) => {
        await markAllNotificationsRead(services, actor);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/notifications/:notificationId/read', tag: 'notifications', auth: 'session', status: 204,
      summary: 'Mark one of my notifications read.', params: NotificationParamsSchema,
      handle: async ({ actor, params }) => {
        await markNotificationRead(services, actor, params.notificationId);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/account/notification-settings', tag: 'notifications', auth: 'session',
      summary: 'Which e-mails I receive and when my daily digest comes; whether this server sends e-mail.', response: NotificationSettingsSchema,
      handle: ({ actor }) => readNotificationSettings(services, actor, emailAvailable),
    }),
    defineRoute({
      method: 'put', path: '/api/account/notification-settings', tag: 'notifications', auth: 'session',
      summary: 'Save which e-mails I receive and when my daily digest comes (a time in my time zone).',
      body: NotificationPreferencesSchema, response: NotificationSettingsSchema,
      handle: ({ actor, body }) => saveNotificationSettings(services, actor, body, emailAvailable),
    }),
  ];
}
