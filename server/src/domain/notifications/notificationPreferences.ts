import type { NotificationPreferences, NotificationSettings } from '@carehuddle/shared';
import type { Actor } from '../actor';
import type { Services } from '../services';
import { defaultPreferences } from './notificationSettings';

/** A person's preferences: what they saved, or the defaults. */
export async function preferencesFor(services: Services, userId: string): Promise<NotificationPreferences> {
  const saved = await services.store.notifications.preferences(userId);
  if (!saved) return defaultPreferences(services.timeZone);
  const { userId: _userId, updatedAt: _updatedAt, ...preferences } = saved;
  return preferences;
}

/** The signed-in person's settings, and whether this server sends e-mail at all. */
export async function readNotificationSettings(services: Services, actor: Actor, emailAvailable: boolean): Promise<NotificationSettings> {
  return { preferences: await preferencesFor(services, actor.userId), emailAvailable };
}

/** Saves the signed-in person's preferences (their own only: the route takes no user id). */
export async function saveNotificationSettings(
  services: Services, actor: Actor, preferences: NotificationPreferences, emailAvailable: boolean,
): Promise<NotificationSettings> {
  await services.store.notifications.setPreferences({ ...preferences, userId: actor.userId, updatedAt: services.clock.now().toISOString() });
  return { preferences, emailAvailable };
}
