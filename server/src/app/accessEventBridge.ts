import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { DomainEvent, DomainEvents } from '../domain/events';
import type { Logger } from '../logger';

const CHANNEL = 'carehuddle:access-events';

/**
 * Events after which every node must re-check its own live connections. The
 * Socket.IO adapter already reaches sockets on every node; websocket
 * connections to plan documents are each node's own, so these events are
 * carried over Redis and delivered locally marked `relayed`.
 */
const ACCESS_EVENTS: ReadonlySet<DomainEvent['type']> = new Set(['careTeam.memberRemoved', 'consent.changed', 'session.ended']);

/** Starts the bridge; the returned function stops it (the pair to this start-up). */
export async function startAccessEventBridge(redisUrl: string, events: DomainEvents, logger: Logger): Promise<() => Promise<void>> {
  const node = randomUUID();
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const sub = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  for (const client of [pub, sub]) client.on('error', (error: Error) => logger.warn({ err: error.message }, 'access event bridge redis error'));
  sub.on('message', (_channel: string, message: string) => {
    try {
      const { from, event } = JSON.parse(message) as { from: string; event: DomainEvent };
      if (from !== node && ACCESS_EVENTS.has(event.type)) events.publish({ ...event, relayed: true });
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'unreadable access event ignored');
    }
  });
  await sub.subscribe(CHANNEL);
  const unsubscribe = events.subscribe((event) => {
    if (event.relayed || !ACCESS_EVENTS.has(event.type)) return;
    pub.publish(CHANNEL, JSON.stringify({ from: node, event })).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'access event not relayed'));
  });
  return async () => {
    unsubscribe();
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
