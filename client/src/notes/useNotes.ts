import type { NoteAnchor, Thread, ThreadVisibility } from '@carehuddle/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import { useNoteAnnouncements } from '../a11y/useNoteAnnouncements';
import { api } from '../api/http';
import { i18n } from '../i18n/i18n';
import { sessionEndedMessage, useSession } from '../session/SessionContext';
import { emitWithAck, type Answer, type NotesSocket } from './notesSocket';
import { usePendingNotes, type PendingNote } from './usePendingNotes';

export type { PendingNote } from './usePendingNotes';

/** Live huddle notes of one patient: threads, typing, unsent notes, and the actions. */
export interface Notes {
  threads: Thread[];
  /** Notes not acknowledged by the server yet, kept in the browser's outbox. */
  pending: PendingNote[];
  typing: Map<string, string>;
  connected: boolean;
  /** The server took this user out of the patient's rooms (consent withdrawn, removed from the team). */
  accessRevoked: boolean;
  post(anchor: NoteAnchor, body: string, options: { threadId?: string; visibility?: ThreadVisibility; mentions?: string[] }): void;
  retry(key: string): void;
  /** Drops an unsent note from the outbox; it is never sent. */
  discard(key: string): void;
  resolve(threadId: string, resolved: boolean): void;
  markRead(threadId: string): void;
  /** Changes a note's text, keeping the mentions whose `@Name` is still in it. */
  edit(noteId: string, body: string, mentions: readonly string[]): void;
  /** Resolves once the server has retracted the note (rejects with its reason). */
  retract(noteId: string, reason: string): Promise<void>;
  /** The undo of a retraction, allowed to whoever retracted it for two minutes. */
  unretract(noteId: string): Promise<void>;
  setTyping(threadId: string, typing: boolean): void;
}

/**
 * Connects to Socket.IO, joins the patient's room, and keeps threads current —
 * catching up after every reconnect, then sending what waits in the outbox.
 * After the person signs in again in place (a new session), it connects anew.
 */
export function useNotes(patientId: string): Notes {
  const { user, ended, generation } = useSession();
  const [threads, setThreads] = useState(new Map<string, Thread>());
  const [typing, setTyping] = useState(new Map<string, string>());
  const [connected, setConnected] = useState(false);
  const [accessRevoked, setAccessRevoked] = useState(false);
  const socketRef = useRef<NotesSocket | null>(null);
  const cursor = useRef(0);

  const merge = useCallback((incoming: Array<Omit<Thread, 'unread'> & { unread?: boolean }>) => {
    setThreads((current) => {
      const next = new Map(current);
      for (const t of incoming) {
        const previous = next.get(t.id);
        if (previous && previous.activitySeq > t.activitySeq) continue;
        // Notes are never deleted, and a retried send is answered with the sender's own note only: keep the notes already shown.
        const notes = previous ? [...new Map([...previous.notes, ...t.notes].map((n) => [n.id, n])).values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) : t.notes;
        next.set(t.id, { ...t, notes, unread: t.unread ?? true });
        cursor.current = Math.max(cursor.current, t.activitySeq);
      }
      return next;
    });
  }, []);
  const storedOwn = useCallback((thread: Thread) => merge([{ ...thread, unread: false }]), [merge]);
  const outbox = usePendingNotes(user?.id ?? '', patientId, socketRef, storedOwn);
  const flush = useRef(outbox.flush);
  flush.current = outbox.flush;
  const announcements = useNoteAnnouncements(user?.id);
  const announced = useRef(announcements);
  announced.current = announcements;

  useEffect(() => {
    const socket: NotesSocket = io({ path: '/socket.io', transports: ['websocket'] });
    socketRef.current = socket;
    const emit = socket.emit.bind(socket) as (event: string, payload: unknown, ack: (a: Answer) => void) => void;
    socket.on('connect', () => {
      setConnected(true);
      emit('patient:join', { patientId }, () => {
        emit('notes:since', { patientId, since: cursor.current }, (answer) => {
          if ('ok' in answer && answer.threads) {
            announced.current.seen(answer.threads);
            merge(answer.threads);
          }
          flush.current();
        });
      });
    });
    socket.on('disconnect', () => setConnected(false));
    // Refused at the handshake for want of a session: it ended (idle, expiry, elsewhere); the person signs in again in place.
    socket.on('connect_error', (error) => {
      if ((error as Error & { data?: { code?: string } }).data?.code === 'unauthenticated') ended(sessionEndedMessage());
    });
    socket.on('note:changed', (event) => {
      announced.current.arrived(event.thread);
      merge([event.thread]);
    });
    // A family member whose consent is withdrawn is told on the socket that joined the patient's rooms.
    socket.on('patient:accessRevoked', (event) => { if (event.patientId === patientId) setAccessRevoked(true); });
    socket.on('thread:typing', (event) => setTyping((current) => {
      const next = new Map(current);
      if (event.typing) next.set(event.threadId, event.name);
      else next.delete(event.threadId);
      return next;
    }));
    void api<{ threads: Thread[] }>('GET', `/api/patients/${encodeURIComponent(patientId)}/threads?limit=100`).then((page) => {
      announced.current.seen(page.threads);
      merge(page.threads);
    }, () => undefined);
    return () => {
      socket.disconnect();
    };
  }, [patientId, merge, ended, generation]);

  /** Sends an event whose answer is a changed thread, and shows that thread. */
  const change = (event: string, payload: unknown) => new Promise<void>((resolve, reject) => {
    const socket = socketRef.current;
    if (!socket?.connected) return reject(new Error(i18n.t('errors.notConnected', { ns: 'notes' })));
    emitWithAck(socket, event, payload, (error, answer) => {
      if (!error && answer && 'ok' in answer) {
        if (answer.thread) merge([answer.thread]);
        resolve();
      } else {
        reject(new Error(answer && 'error' in answer ? answer.error.message : i18n.t('errors.noAnswer', { ns: 'notes' })));
      }
    });
  });

  return {
    threads: [...threads.values()].sort((a, b) => b.activitySeq - a.activitySeq),
    pending: outbox.pending,
    typing,
    connected,
    accessRevoked,
    post(anchor, body, options) {
      void outbox.post({ anchor, body, threadId: options.threadId ?? null, visibility: options.visibility ?? 'team', mentions: options.mentions ?? [] });
    },
    // Same idempotency key: if an earlier try was stored after all, the server answers with it.
    retry: outbox.retry,
    discard: outbox.discard,
    resolve(threadId, resolved) {
      socketRef.current?.emit(resolved ? 'thread:resolve' : 'thread:reopen', { patientId, threadId }, () => undefined);
    },
    edit(noteId, body, mentions) {
      socketRef.current?.emit('note:edit', { patientId, noteId, body, mentions: [...mentions] }, () => undefined);
    },
    retract: (noteId, reason) => change('note:retract', { patientId, noteId, reason }),
    unretract: (noteId) => change('note:unretract', { patientId, noteId }),
    markRead(threadId) {
      socketRef.current?.emit('thread:markRead', { patientId, threadId }, () => undefined);
      setThreads((current) => {
        const t = current.get(threadId);
        return t && t.unread ? new Map(current).set(threadId, { ...t, unread: false }) : current;
      });
    },
    setTyping(threadId, isTyping) {
      socketRef.current?.emit('thread:typing', { patientId, threadId, typing: isTyping }, () => undefined);
    },
  };
}
