import { createStore, del, entries, set, delMany } from 'idb-keyval';

/** What an outbox holds: huddle notes (sent over Socket.IO) and actions (task actions, tracking steps, sent over HTTP). */
export type OutboxKind = 'note' | 'action';

/** Something written or done but not yet acknowledged by the server: everything needed to send it again. */
export interface OutboxEntry {
  /** Its idempotency key: a resend of the same key is answered with what was stored, never stored twice. */
  key: string;
  /** Notes written before actions joined the outbox have no kind: they are notes. */
  kind?: OutboxKind;
  /** Whose outbox it is: another person signing in on this browser never sees it. */
  userId: string;
  patientId: string;
  createdAt: string;
  /** Why the server refused it last time (a sentence), or null while it only waits for a connection. */
  refusal: string | null;
}

// One small database of its own: the plan's offline copies are separate databases, deleted by name.
// The object store kept its first name ('notes') when actions joined it, so entries written then still load.
const store = createStore('carehuddle-outbox', 'notes');
/** A new idempotency key for an entry (the server accepts 8–64 letters, digits, _ or -). */
export const newOutboxKey = (): string => crypto.randomUUID().replaceAll('-', '');

const idOf = (userId: string, key: string) => `${userId}:${key}`;
const kindOf = (entry: OutboxEntry): OutboxKind => entry.kind ?? 'note';

/**
 * Whether IndexedDB answers here at all (a private window may refuse it): the
 * outbox then lives in memory only, and the page says so beside the entry.
 */
let durable = typeof indexedDB !== 'undefined';

/** Keeps an entry until the server has acknowledged it; resolves once it is written (or known not to be durable). */
export async function keepEntry(entry: OutboxEntry): Promise<boolean> {
  if (!durable) return false;
  try {
    await set(idOf(entry.userId, entry.key), entry, store);
    return true;
  } catch {
    durable = false;
    return false;
  }
}

/** Forgets an entry: the server stored it, or its author discarded it. */
export async function forgetEntry(userId: string, key: string): Promise<void> {
  if (durable) await del(idOf(userId, key), store).catch(() => undefined);
}

/** Everything one person has not sent yet, oldest first (optionally of one kind, of one patient). */
export async function unsentOf<E extends OutboxEntry>(userId: string, kind?: OutboxKind, patientId?: string): Promise<E[]> {
  if (!durable) return [];
  const all = await entries<string, E>(store).catch(() => []);
  return all.map(([, entry]) => entry)
    .filter((e) => e.userId === userId && (kind === undefined || kindOf(e) === kind) && (patientId === undefined || e.patientId === patientId))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** How many notes and actions one person has not sent yet (the sign-out question counts both). */
export async function unsentCounts(userId: string): Promise<Record<OutboxKind, number>> {
  const counts: Record<OutboxKind, number> = { note: 0, action: 0 };
  for (const entry of await unsentOf(userId)) counts[kindOf(entry)] += 1;
  return counts;
}

/** Deletes one person's unsent notes and actions (explicit sign-out, after they chose to discard them). */
export async function discardAllOf(userId: string): Promise<void> {
  if (!durable) return;
  const all = await unsentOf(userId);
  await delMany(all.map((e) => idOf(userId, e.key)), store).catch(() => undefined);
}
