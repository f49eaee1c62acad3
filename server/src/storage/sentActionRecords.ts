/**
 * An action sent with an idempotency key (a task action, a tracking step): claimed
 * before it runs and its answer kept, so a resend of the same key — after a
 * timeout, a reload, from a second tab — is answered with the first result.
 */
export interface SentActionRecord {
  /** Keys are per person: two people may use the same key without meeting. */
  userId: string;
  key: string;
  /** A hash of what the action was (its kind, target and body): a resend must match it. */
  fingerprint: string;
  /** The first answer's JSON once the action is done; null while it still runs. */
  answer: string | null;
  createdAt: string;
}

/** Keys of sent actions, kept a bounded time (`deleteOlderThan`). */
export interface SentActionRepository {
  /** Claims a key for an action about to run; false when the person already used it. */
  claim(record: Omit<SentActionRecord, 'answer'>): Promise<boolean>;
  find(userId: string, key: string): Promise<SentActionRecord | null>;
  /** Keeps the answer of a claimed action. */
  settle(userId: string, key: string, answer: string): Promise<void>;
  /** Frees a claim whose action failed, so that a resend runs it again. */
  release(userId: string, key: string): Promise<void>;
  /** Removes keys claimed before `before`; returns how many. */
  deleteOlderThan(before: string): Promise<number>;
}
