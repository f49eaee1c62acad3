import type { NotificationList, NotificationPreferences, NotificationSettings } from '@carehuddle/shared';
import { api } from './http';

/** Typed calls to the notification center and the e-mail settings. */
export const notificationEndpoints = {
  list: () => api<NotificationList>('GET', '/api/notifications'),
  markRead: (id: string) => api<void>('POST', `/api/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api<void>('POST', '/api/notifications/read-all'),
  settings: () => api<NotificationSettings>('GET', '/api/account/notification-settings'),
  saveSettings: (preferences: NotificationPreferences) => api<NotificationSettings>('PUT', '/api/account/notification-settings', preferences),
};
