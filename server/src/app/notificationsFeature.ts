import type { DomainEvent } from '../domain/events';
import { runDueDigests } from '../domain/notifications/dueDigest';
import { notificationsFor } from '../domain/notifications/notificationRules';
import { DEFAULT_MAIL_QUEUE } from '../domain/notifications/notificationSettings';
import { sweepNotifications, type Notifier } from '../domain/notifications/notify';
import { notificationRoutes } from '../http/routes/notificationRoutes';
import { MailQueue } from '../mail/mailQueue';
import { domainOf, smtpTransport } from '../mail/notificationTransport';
import type { Feature, FeatureContext } from './feature';

/**
 * Notifications: domain events become entries in people's centers (and queued
 * e-mail when SMTP is configured); a periodic look sends due e-mail, makes the
 * daily digests at each person's chosen time and sweeps what has expired.
 */
export function notificationsFeature(): Feature {
  return (ctx: FeatureContext) => {
    const { services, logger } = ctx;
    const settings = { ...DEFAULT_MAIL_QUEUE, ...ctx.tuning.notifications };
    const queue = ctx.smtp ? new MailQueue(services.store, services.clock, smtpTransport(ctx.smtp.url, ctx.smtp.from, settings.leaseMs), settings, logger) : null;
    const notifier: Notifier = { services, mail: queue && ctx.smtp ? { messageDomain: domainOf(ctx.smtp.from), queued: () => void queue.kick() } : null };
    const inFlight = new Set<Promise<void>>();
    const track = (what: string, work: Promise<void>) => {
      const tracked = work.catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, `${what} failed`))
        .finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    };
    const unsubscribe = services.events.subscribe((event: DomainEvent) => track('notifying', notificationsFor(notifier, event)));

    const digestsDone = new Set<string>();
    let looking = false;
    const look = async () => {
      if (looking) return;
      looking = true;
      try {
        await runDueDigests(notifier, settings.digestWindowMinutes, digestsDone);
        await sweepNotifications(services);
        await queue?.kick();
      } finally {
        looking = false;
      }
    };
    // At start-up too, once links can name the port: jobs a previous process left (killed mid-send) are taken up at once.
    ctx.httpServer.once('listening', () => track('notification look', look()));
    const timer = setInterval(() => track('notification look', look()), settings.pollMs);
    timer.unref();

    return {
      name: 'notifications',
      routes: notificationRoutes(services, notifier.mail !== null),
      async close() {
        clearInterval(timer);
        unsubscribe();
        await Promise.allSettled([...inFlight]);
        await queue?.stop();
      },
    };
  };
}
