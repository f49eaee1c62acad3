import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiRequestError, apiOnce } from '../api/http';
import { useSession } from '../session/SessionContext';
import type { Delivery, Queued } from './outboxQueue';
import { newOutboxKey, type OutboxEntry } from './outboxStore';
import { useOutboxQueue } from './useOutboxQueue';

/** An action in the outbox (a task action, a tracking step): the HTTP call to repeat with its idempotency key. */
export interface OutboxAction extends OutboxEntry {
  kind: 'action';
  path: string;
  body: unknown;
  /** The task or tracked item it acts on: the page shows the entry beside it. */
  subjectId: string;
  /** What it does, in words ("Complete: Call the pharmacy"). */
  label: string;
}

/** What a page asks to send: the outbox adds the key, the person and the time. */
export type NewAction = Pick<OutboxAction, 'patientId' | 'path' | 'body' | 'subjectId' | 'label'>;

interface ActionOutbox {
  /** Every unsent action of the signed-in person, oldest first. */
  pending: readonly Queued<OutboxAction>[];
  /** Keeps the action in the outbox, then sends it; `done` runs once the server has acknowledged it (on this page). */
  send: (action: NewAction, done?: (answer: unknown) => void) => void;
  retry: (key: string) => void;
  discard: (key: string) => void;
  /** Tasks and items whose unsent actions the page shows beside them; the others are listed apart, so none is out of sight. */
  shown: ReadonlySet<string>;
  /** Marks a subject's actions as shown on the page until the returned function is called. */
  show: (subjectId: string) => () => void;
}

const ActionOutboxContext = createContext<ActionOutbox | null>(null);

/** While something waits, it is tried again this often (the browser may say "online" while the server is still out of reach). */
const RETRY_MS = 15_000;

/** No answer, a lost session (sent again after signing in again) or a server in trouble: the action waits. Otherwise the server's sentence. */
async function deliverAction(action: OutboxAction): Promise<Delivery<unknown>> {
  try {
    return { sent: await apiOnce<unknown>(action.path, action.body, action.key) };
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.code === 'network' || error.status === 401 || error.status === 429 || error.status >= 500) return 'waiting';
    return { refused: error.fields[0]?.message ?? error.message };
  }
}

/**
 * The signed-in person's outbox of actions: written to IndexedDB before each is
 * sent, sent while the browser is online, sent again when it comes back online
 * or the person signs in again, removed on the server's acknowledgement.
 */
export function ActionOutboxProvider({ children }: { children: ReactNode }) {
  const { user, generation } = useSession();
  const userId = user?.id ?? '';
  const queryClient = useQueryClient();
  const done = useRef(new Map<string, (answer: unknown) => void>());
  const { queue, entries } = useOutboxQueue<OutboxAction, unknown>({ userId, kind: 'action' }, {
    canSend: () => navigator.onLine,
    deliver: deliverAction,
    sent: (action, answer) => {
      done.current.get(action.key)?.(answer);
      done.current.delete(action.key);
      // Sent after a reload nobody waits on it: the lists it changes load again.
      for (const key of ['myTasks', 'patientTasks', 'tracking', 'worklist', 'today']) void queryClient.invalidateQueries({ queryKey: [key] });
    },
  });

  useEffect(() => {
    const online = () => queue.flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [queue]);
  // Signed in again in place: what waited for a session goes now.
  useEffect(() => {
    if (generation > 0) queue.flush();
  }, [queue, generation]);
  const waiting = entries.some((e) => e.state === 'waiting');
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setInterval(() => queue.flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [queue, waiting]);

  const send = useCallback((action: NewAction, onDone?: (answer: unknown) => void) => {
    const key = newOutboxKey();
    if (onDone) done.current.set(key, onDone);
    void queue.add({ ...action, key, kind: 'action', userId, createdAt: new Date().toISOString(), refusal: null });
  }, [queue, userId]);
  const [shownCounts, setShownCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const show = useCallback((subjectId: string) => {
    const add = (by: number) => setShownCounts((counts) => {
      const next = new Map(counts);
      const n = (next.get(subjectId) ?? 0) + by;
      if (n > 0) next.set(subjectId, n);
      else next.delete(subjectId);
      return next;
    });
    add(1);
    return () => add(-1);
  }, []);
  const value = useMemo<ActionOutbox>(() => ({
    pending: entries, send, retry: (key) => queue.retry(key), discard: (key) => queue.discard(key), shown: new Set(shownCounts.keys()), show,
  }), [entries, send, queue, shownCounts, show]);
  return <ActionOutboxContext.Provider value={value}>{children}</ActionOutboxContext.Provider>;
}

/** The signed-in person's outbox of actions. */
export function useActionOutbox(): ActionOutbox {
  const outbox = useContext(ActionOutboxContext);
  if (!outbox) throw new Error('useActionOutbox outside ActionOutboxProvider');
  return outbox;
}

/** The unsent actions on one task or tracked item. */
export function usePendingActionsOn(subjectId: string): readonly Queued<OutboxAction>[] {
  const { pending } = useActionOutbox();
  return useMemo(() => pending.filter((a) => a.subjectId === subjectId), [pending, subjectId]);
}
