import type { NoteAnchor, Thread, ThreadVisibility } from '@carehuddle/shared';
import { useMemo, type RefObject } from 'react';
import type { Delivery, OutboxState } from '../outbox/outboxQueue';
import { newOutboxKey, type OutboxEntry } from '../outbox/outboxStore';
import { useOutboxQueue } from '../outbox/useOutboxQueue';
import { emitWithAck, type NotesSocket } from './notesSocket';

/** A note on its way, as the thread list shows it (see `OutboxState`). */
export interface PendingNote {
  key: string;
  threadId: string | null;
  anchor: NoteAnchor;
  body: string;
  state: OutboxState;
  error?: string;
}

/** What a new note or reply says and where it goes. */
export interface NewNote {
  anchor: NoteAnchor;
  body: string;
  threadId: string | null;
  visibility: ThreadVisibility;
  mentions: string[];
}

/** A note or reply in the outbox: everything needed to send it again. */
type OutboxNote = OutboxEntry & NewNote;

/** Sends one note over the notes socket; no answer (a timeout, a lost connection) leaves it waiting. */
function deliverNote(socket: NotesSocket, note: OutboxNote): Promise<Delivery<Thread>> {
  const payload = note.threadId
    ? { patientId: note.patientId, threadId: note.threadId, body: note.body, mentions: note.mentions, idempotencyKey: note.key }
    : { patientId: note.patientId, anchor: note.anchor, visibility: note.visibility, body: note.body, mentions: note.mentions, idempotencyKey: note.key };
  return new Promise((resolve) => {
    emitWithAck(socket, note.threadId ? 'note:reply' : 'note:create', payload, (error, answer) => {
      if (!error && answer && 'ok' in answer && answer.thread) resolve({ sent: answer.thread });
      else if (answer && 'error' in answer) resolve({ refused: answer.error.message });
      else resolve('waiting');
    });
  });
}

/**
 * The unsent notes of one person about one patient, kept in the browser's
 * outbox (the one queue, `outboxQueue.ts`) until the server has stored them,
 * sent only while the socket is connected.
 */
export function usePendingNotes(userId: string, patientId: string, socketRef: RefObject<NotesSocket | null>, stored: (thread: Thread) => void) {
  const { queue, entries } = useOutboxQueue<OutboxNote, Thread>({ userId, kind: 'note', patientId }, {
    // Not connected: the note waits instead of letting Socket.IO buffer it (it would then go out twice).
    canSend: () => Boolean(socketRef.current?.connected),
    deliver: (note) => (socketRef.current ? deliverNote(socketRef.current, note) : Promise.resolve('waiting')),
    sent: (_note, thread) => stored(thread),
  });
  const pending = useMemo(() => entries.map((e): PendingNote => ({
    key: e.key, threadId: e.threadId, anchor: e.anchor, body: e.body, state: e.state, ...(e.refusal ? { error: e.refusal } : {}),
  })), [entries]);
  return {
    pending,
    /** Keeps the note in the outbox first, then sends it. */
    post: (note: NewNote): Promise<void> =>
      queue.add({ ...note, key: newOutboxKey(), kind: 'note', userId, patientId, createdAt: new Date().toISOString(), refusal: null }),
    /** Sends everything that waits for a connection (called once the socket has joined and caught up). */
    flush: (): void => queue.flush(),
    retry: (key: string): void => queue.retry(key),
    discard: (key: string): void => queue.discard(key),
  };
}
