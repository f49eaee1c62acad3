import type { NoteAnchor, Thread, ThreadVisibility } from '@carehuddle/shared';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { forgetNote, keepNote, unsentNotes, type OutboxNote } from '../outbox/outboxStore';
import { emitWithAck, type NotesSocket } from './notesSocket';

/**
 * A note on its way: `sending` while the server is asked; `waiting` when there
 * is no connection (it goes out by itself when one is back); `refused` when the
 * server said no, with its reason (the person retries or discards).
 */
export interface PendingNote {
  key: string;
  threadId: string | null;
  anchor: NoteAnchor;
  body: string;
  state: 'sending' | 'waiting' | 'refused';
  error?: string;
}

type Entry = OutboxNote & { state: PendingNote['state'] };

/** What a new note or reply says and where it goes. */
export interface NewNote {
  anchor: NoteAnchor;
  body: string;
  threadId: string | null;
  visibility: ThreadVisibility;
  mentions: string[];
}

const newKey = () => crypto.randomUUID().replaceAll('-', '');

/**
 * The unsent notes of one person about one patient, kept in the browser's
 * outbox (IndexedDB) until the server has stored them: they survive a reload,
 * a lost connection and a session that ended, and are sent again — with the
 * same idempotency key, so never twice — whenever the socket is connected.
 */
export function usePendingNotes(userId: string, patientId: string, socketRef: RefObject<NotesSocket | null>, stored: (thread: Thread) => void) {
  const entries = useRef(new Map<string, Entry>());
  const inFlight = useRef(new Set<string>());
  const [pending, setPending] = useState<PendingNote[]>([]);

  const show = useCallback(() => {
    setPending([...entries.current.values()].map((e) => ({
      key: e.key, threadId: e.threadId, anchor: e.anchor, body: e.body, state: e.state, ...(e.refusal ? { error: e.refusal } : {}),
    })));
  }, []);

  const settle = useCallback((key: string, change: Partial<Entry> | 'sent') => {
    const entry = entries.current.get(key);
    if (!entry) return;
    if (change === 'sent') {
      entries.current.delete(key);
      void forgetNote(userId, key);
    } else {
      const next = { ...entry, ...change };
      entries.current.set(key, next);
      // The refusal is kept with the note, so after a reload it still says why it was not sent.
      if (change.refusal !== undefined) void keepNote(next);
    }
    show();
  }, [userId, show]);

  const send = useCallback((key: string) => {
    const entry = entries.current.get(key);
    const socket = socketRef.current;
    if (!entry || inFlight.current.has(key)) return;
    // Not connected: wait for the connection instead of letting Socket.IO buffer it (it would then go out twice).
    if (!socket?.connected) return settle(key, { state: 'waiting' });
    inFlight.current.add(key);
    settle(key, { state: 'sending' });
    const payload = entry.threadId
      ? { patientId, threadId: entry.threadId, body: entry.body, mentions: entry.mentions, idempotencyKey: key }
      : { patientId, anchor: entry.anchor, visibility: entry.visibility, body: entry.body, mentions: entry.mentions, idempotencyKey: key };
    emitWithAck(socket, entry.threadId ? 'note:reply' : 'note:create', payload, (error, answer) => {
      inFlight.current.delete(key);
      if (!error && answer && 'ok' in answer && answer.thread) {
        stored(answer.thread);
        settle(key, 'sent');
      } else if (answer && 'error' in answer) {
        settle(key, { state: 'refused', refusal: answer.error.message });
      } else {
        settle(key, { state: 'waiting' });
      }
    });
  }, [patientId, socketRef, settle, stored]);

  // Notes left unsent on this device by this person (an earlier visit, a reload, a session that ended).
  useEffect(() => {
    let live = true;
    void unsentNotes(userId, patientId).then((notes) => {
      if (!live) return;
      for (const n of notes) if (!entries.current.has(n.key)) entries.current.set(n.key, { ...n, state: n.refusal ? 'refused' : 'waiting' });
      show();
      for (const n of notes) if (!n.refusal) send(n.key);
    });
    return () => { live = false; };
  }, [userId, patientId, show, send]);

  return {
    pending,
    /** Keeps the note in the outbox first, then sends it. */
    post: async (note: NewNote): Promise<void> => {
      const entry: Entry = { ...note, key: newKey(), userId, patientId, createdAt: new Date().toISOString(), refusal: null, state: 'sending' };
      entries.current.set(entry.key, entry);
      show();
      await keepNote(entry);
      send(entry.key);
    },
    /** Sends everything that waits for a connection (called once the socket has joined and caught up). */
    flush: (): void => {
      for (const e of entries.current.values()) if (e.state !== 'refused') send(e.key);
    },
    retry: (key: string): void => {
      settle(key, { refusal: null });
      send(key);
    },
    discard: (key: string): void => {
      entries.current.delete(key);
      void forgetNote(userId, key);
      show();
    },
  };
}
