import { z } from 'zod';
import type { Store } from '../../storage/port';
import { DomainError } from '../../domain/errors';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Liveness and readiness, for load balancers and orchestrators. */
export function healthRoutes(store: Store): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/healthz', tag: 'operations', auth: 'public', summary: 'The process is alive.',
      response: z.object({ status: z.literal('ok') }),
      async handle() {
        return { status: 'ok' as const };
      },
    }),
    defineRoute({
      method: 'get', path: '/readyz', tag: 'operations', auth: 'public', summary: 'The store answers (503 otherwise).',
      response: z.object({ status: z.literal('ready'), store: z.string() }),
      async handle() {
        try {
          await store.ping();
        } catch {
          throw new DomainError('unavailable', 'The store is not reachable.');
        }
        return { status: 'ready' as const, store: store.kind };
      },
    }),
  ];
}
