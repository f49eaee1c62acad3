import { createHash } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import type { SentActionRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict } from '../errors';
import type { Services } from '../services';

/** How long a key is kept: an outbox that waits longer than this sends an action anew (task and tracking steps are safe to repeat). */
export const SENT_ACTION_KEEP_DAYS = 7;
/** A claim still unanswered after this was left by a crashed run: a resend runs the action again. */
const ABANDONED_AFTER_MS = 60_000;
/** How long a resend waits for the first send of its key (another tab, another node) to finish. */
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 25;
const DAY_MS = 86_400_000;

/** What an action is, for comparing a resend with the first send: its kind, what it acts on, and its body. */
export interface SentAction {
  /** The idempotency key the client sent, or null (the action then runs every time). */
  key: string | null;
  type: string;
  target: Record<string, string>;
  body: unknown;
}

const fingerprintOf = (action: SentAction) => createHash('sha256').update(JSON.stringify([action.type, action.target, action.body])).digest('hex');

// The person can do nothing with a key; what they can do is discard the unsent action and do it again.
const reused = () => conflict('This was sent before as a different action, so it was not done. Discard it and do it again.');
const stillRunning = () => conflict('This action is still being carried out from another window. Try again in a moment.');

async function answerOf(services: Services, userId: string, key: string): Promise<SentActionRecord | null> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const found = await services.store.sentActions.find(userId, key);
    if (!found || found.answer !== null || Date.now() >= deadline) return found;
    await pause(POLL_MS);
  }
}

/**
 * Runs an action once per person and key: the key is claimed before it runs and
 * its answer kept, so a resend (after a timeout, a reload, from a second tab)
 * gets the first answer and changes nothing; a resend with another body is
 * refused. Callers check access first, so a replay is allowed only to someone
 * who may still do the action; `replayed` audits it.
 */
export async function sendOnce<T>(services: Services, actor: Actor, action: SentAction, run: () => Promise<T>, replayed: () => Promise<void>): Promise<T> {
  const { key } = action;
  if (key === null) return run();
  const now = services.clock.now();
  const fingerprint = fingerprintOf(action);
  // Keys are kept a bounded time; pruning here needs no timer of its own (as the mail queue's finished jobs).
  await services.store.sentActions.deleteOlderThan(new Date(now.getTime() - SENT_ACTION_KEEP_DAYS * DAY_MS).toISOString());
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await services.store.sentActions.claim({ userId: actor.userId, key, fingerprint, createdAt: now.toISOString() })) {
      let answer: T;
      try {
        answer = await run();
      } catch (error) {
        await services.store.sentActions.release(actor.userId, key);
        throw error;
      }
      await services.store.sentActions.settle(actor.userId, key, JSON.stringify(answer ?? null));
      return answer;
    }
    const first = await answerOf(services, actor.userId, key);
    if (first && first.fingerprint !== fingerprint) throw reused();
    if (first && first.answer !== null) {
      await replayed();
      return JSON.parse(first.answer) as T;
    }
    if (first && now.getTime() - Date.parse(first.createdAt) < ABANDONED_AFTER_MS) throw stillRunning();
    // The first run failed (its claim was freed) or was abandoned: claim the key anew.
    if (first) await services.store.sentActions.release(actor.userId, key);
  }
  throw stillRunning();
}
