import type { ClientToServerEvents, Conference, ServerToClientEvents } from '@carehuddle/shared';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

type ConferenceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Answer = { ok: true; conference?: Conference } | { error: { code: string; message: string } };

/** A live conference: its state, who is in it, and the actions; the server decides who may do what. */
export interface LiveConference {
  conference: Conference | null;
  attendees: Array<{ userId: string; name: string }>;
  error: string | null;
  send(event: 'conference:setItem' | 'conference:timer' | 'conference:present' | 'conference:decision' | 'conference:actionItem', payload: Record<string, unknown>): Promise<string | null>;
}

/** Joins a conference room over Socket.IO and follows its state. */
export function useConference(conferenceId: string | null): LiveConference {
  const [conference, setConference] = useState<Conference | null>(null);
  const [attendees, setAttendees] = useState<Array<{ userId: string; name: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  const socketRef = useRef<ConferenceSocket | null>(null);

  useEffect(() => {
    if (!conferenceId) return;
    const socket: ConferenceSocket = io({ path: '/socket.io', transports: ['websocket'] });
    socketRef.current = socket;
    const emit = socket.emit.bind(socket) as (event: string, payload: unknown, ack: (a: Answer) => void) => void;
    socket.on('connect', () => emit('conference:join', { conferenceId }, (answer) => {
      if ('ok' in answer && answer.conference) setConference(answer.conference);
      else if ('error' in answer) setError(answer.error.message);
    }));
    socket.on('conference:state', (e) => { if (e.conference.id === conferenceId) setConference(e.conference); });
    socket.on('conference:attendees', (e) => { if (e.conferenceId === conferenceId) setAttendees(e.attendees); });
    return () => {
      socket.disconnect();
    };
  }, [conferenceId]);

  return {
    conference, attendees, error,
    send(event, payload) {
      const socket = socketRef.current;
      if (!socket || !conferenceId) return Promise.resolve('Not connected.');
      const emit = socket.emit.bind(socket) as (event: string, payload: unknown, ack: (a: Answer) => void) => void;
      return new Promise((resolve) => emit(event, { conferenceId, ...payload }, (answer) => {
        if ('ok' in answer) {
          if (answer.conference) setConference(answer.conference);
          resolve(null);
        } else resolve(answer.error.message);
      }));
    },
  };
}
