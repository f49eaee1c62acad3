import type { ClientToServerEvents, NoteAnchor, ServerToClientEvents, Thread, ThreadVisibility } from '@carehuddle/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { api } from '../api/http';

type NotesSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Answer = { ok: true; thread?: Thread; latest?: number; threads?: Thread[] } | { error: { code: string; message: string } };

/** A note on its way: shown at once, then "sent" when the server has stored it, or "failed" with a retry. */
export interface PendingNote {
  key: string;
  threadId: string | null;
  anchor: NoteAnchor;
  body: string;
  state: 'pending' | 'failed';
  error?: string;
}

/** Live huddle notes of one patient: threads, typing, unsent notes, and the actions. */
export interface Notes {
  threads: Thread[];
  pending: PendingNote[];
  typing: Map<string, string>;
  connected: boolean;
  /** The server took this user out of the patient's rooms (consent withdrawn, removed from the team). */
  accessRevoked: boolean;
  post(anchor: NoteAnchor, body: string, options: { threadId?: string; visibility?: ThreadVisibility; mentions?: string[] }): void;
  retry(key: string): void;
  resolve(threadId: string, resolved: boolean): void;
  markRead(threadId: string): void;
  /** Changes a note's text, keeping the mentions whose `@Name` is still in it. */
  edit(noteId: string, body: string, mentions: readonly string[]): void;
  retract(noteId: string, reason: string): void;
  setTyping(threadId: string, typing: boolean): void;
}

const newKey = () => crypto.randomUUID().replaceAll('-', '');

/** Connects to Socket.IO, joins the patient's room, and keeps threads current — catching up after every reconnect. */
export function useNotes(patientId: string): Notes {
  const [threads, setThreads] = useState(new Map<string, Thread>());
  const [pending, setPending] = useState<PendingNote[]>([]);
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

  useEffect(() => {
    const socket: NotesSocket = io({ path: '/socket.io', transports: ['websocket'] });
    socketRef.current = socket;
    const emit = socket.emit.bind(socket) as (event: string, payload: unknown, ack: (a: Answer) => void) => void;
    socket.on('connect', () => {
      setConnected(true);
      emit('patient:join', { patientId }, () => {
        emit('notes:since', { patientId, since: cursor.current }, (answer) => {
          if ('ok' in answer && answer.threads) merge(answer.threads);
        });
      });
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('note:changed', (event) => merge([event.thread]));
    // A family member whose consent is withdrawn is told on the socket that joined the patient's rooms.
    socket.on('patient:accessRevoked', (event) => { if (event.patientId === patientId) setAccessRevoked(true); });
    socket.on('thread:typing', (event) => setTyping((current) => {
      const next = new Map(current);
      if (event.typing) next.set(event.threadId, event.name);
      else next.delete(event.threadId);
      return next;
    }));
    void api<{ threads: Thread[] }>('GET', `/api/patients/${encodeURIComponent(patientId)}/threads?limit=100`).then((page) => merge(page.threads), () => undefined);
    return () => {
      socket.disconnect();
    };
  }, [patientId, merge]);

  const send = useCallback((note: PendingNote, visibility: ThreadVisibility, mentions: string[]) => {
    const socket = socketRef.current;
    if (!socket) return;
    const payload = note.threadId
      ? { patientId, threadId: note.threadId, body: note.body, mentions, idempotencyKey: note.key }
      : { patientId, anchor: note.anchor, visibility, body: note.body, mentions, idempotencyKey: note.key };
    // With a timeout, the ack's first argument is the timeout error (the typed map does not model that).
    const timed = socket.timeout(10_000) as unknown as { emit(event: string, payload: unknown, ack: (error: Error | null, answer?: Answer) => void): void };
    timed.emit(note.threadId ? 'note:reply' : 'note:create', payload, (error, answer) => {
      if (!error && answer && 'ok' in answer && answer.thread) {
        merge([{ ...answer.thread, unread: false }]);
        setPending((list) => list.filter((p) => p.key !== note.key));
      } else {
        const message = answer && 'error' in answer ? answer.error.message : 'Not sent — check your connection.';
        setPending((list) => list.map((p) => (p.key === note.key ? { ...p, state: 'failed', error: message } : p)));
      }
    });
  }, [patientId, merge]);

  const sentWith = useRef(new Map<string, { visibility: ThreadVisibility; mentions: string[] }>());
  return {
    threads: [...threads.values()].sort((a, b) => b.activitySeq - a.activitySeq),
    pending,
    typing,
    connected,
    accessRevoked,
    post(anchor, body, options) {
      const note: PendingNote = { key: newKey(), threadId: options.threadId ?? null, anchor, body, state: 'pending' };
      sentWith.current.set(note.key, { visibility: options.visibility ?? 'team', mentions: options.mentions ?? [] });
      setPending((list) => [...list, note]);
      send(note, options.visibility ?? 'team', options.mentions ?? []);
    },
    retry(key) {
      const note = pending.find((p) => p.key === key);
      const how = sentWith.current.get(key);
      if (!note || !how) return;
      setPending((list) => list.map((p) => (p.key === key ? { ...p, state: 'pending' } : p)));
      // Same idempotency key: if the first try was stored after all, the server answers with it.
      send(note, how.visibility, how.mentions);
    },
    resolve(threadId, resolved) {
      socketRef.current?.emit(resolved ? 'thread:resolve' : 'thread:reopen', { patientId, threadId }, () => undefined);
    },
    edit(noteId, body, mentions) {
      socketRef.current?.emit('note:edit', { patientId, noteId, body, mentions: [...mentions] }, () => undefined);
    },
    retract(noteId, reason) {
      socketRef.current?.emit('note:retract', { patientId, noteId, reason }, () => undefined);
    },
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
