import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { OutboxEntry } from './outboxStore';
import { OutboxQueue, type OutboxScope, type OutboxTransport, type Queued } from './outboxQueue';

/**
 * One outbox queue for a person (and patient), restored from IndexedDB when the
 * page opens; the transport is read at each send, so it may change between renders.
 */
export function useOutboxQueue<E extends OutboxEntry, A>(scope: OutboxScope, transport: OutboxTransport<E, A>): { queue: OutboxQueue<E, A>; entries: readonly Queued<E>[] } {
  const current = useRef(transport);
  current.current = transport;
  const { userId, kind, patientId } = scope;
  const queue = useMemo(() => new OutboxQueue<E, A>({ userId, kind, ...(patientId === undefined ? {} : { patientId }) }, () => current.current), [userId, kind, patientId]);
  const entries = useSyncExternalStore(queue.subscribe, queue.snapshot);
  useEffect(() => {
    if (userId) void queue.restore();
  }, [queue, userId]);
  return { queue, entries };
}
