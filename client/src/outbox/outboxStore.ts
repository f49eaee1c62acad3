import type { NoteAnchor, ThreadVisibility } from '@carehuddle/shared';
import { createStore, del, entries, set, delMany } from 'idb-keyval';

/** A note or reply written but not yet acknowledged by the server: everything needed to send it again. */
export interface OutboxNote {
  /** The note's idempotency key: a resend of the same key is answered with the stored note, never stored twice. */
  key: string;
  /** Whose outbox it is: another person signing in on this browser never sees it. */
  userId: string;
  patientId: string;
  threadId: string | null;
  anchor: NoteAnchor;
  visibility: ThreadVisibility;
  mentions: string[];
  body: string;
  createdAt: string;
  /** Why the server refused it last time (a sentence), or null while it only waits for a connection. */
  refusal: string | null;
}

// One small database of its own: the plan's offline copies are separate databases, deleted by name.
const store = createStore('carehuddle-outbox', 'notes');
const idOf = (userId: string, key: string) => `${userId}:${key}`;

/**
 * Whether IndexedDB answers here at all (a private window may refuse it): the
 * outbox then lives in memory only, and the page says so beside the note.
 */
let durable = typeof indexedDB !== 'undefined';

/** Keeps a note until the server has acknowledged it; resolves once it is written (or known not to be durable). */
export async function keepNote(note: OutboxNote): Promise<boolean> {
  if (!durable) return false;
  try {
    await set(idOf(note.userId, note.key), note, store);
    return true;
  } catch {
    durable = false;
    return false;
  }
}

/** Forgets a note: the server stored it, or its author discarded it. */
export async function forgetNote(userId: string, key: string): Promise<void> {
  if (durable) await del(idOf(userId, key), store).catch(() => undefined);
}

/** Every note one person has not sent yet, oldest first (optionally of one patient). */
export async function unsentNotes(userId: string, patientId?: string): Promise<OutboxNote[]> {
  if (!durable) return [];
  const all = await entries<string, OutboxNote>(store).catch(() => []);
  return all.map(([, note]) => note)
    .filter((n) => n.userId === userId && (patientId === undefined || n.patientId === patientId))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Deletes one person's unsent notes (explicit sign-out, after they chose to discard them). */
export async function discardAllOf(userId: string): Promise<void> {
  if (!durable) return;
  const notes = await unsentNotes(userId);
  await delMany(notes.map((n) => idOf(userId, n.key)), store).catch(() => undefined);
}
