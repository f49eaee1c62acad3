import type { ClientToServerEvents, ServerToClientEvents } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { io, type Socket } from 'socket.io-client';

interface Mention {
  key: string;
  patientId: string;
  threadId: string;
}

/** In-app, live: "you were mentioned", wherever the user is in the app. */
export function MentionToasts() {
  const [mentions, setMentions] = useState<Mention[]>([]);
  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: '/socket.io', transports: ['websocket'] });
    socket.on('notification:mention', (m) => setMentions((list) => [...list, { key: `${m.threadId}-${Date.now()}`, patientId: m.patientId, threadId: m.threadId }]));
    return () => {
      socket.disconnect();
    };
  }, []);
  if (mentions.length === 0) return null;
  return (
    <div className="toasts" role="status" aria-live="polite">
      {mentions.map((m) => (
        <div key={m.key} className="toast">
          <span>You were mentioned in a huddle note.</span>
          <Link to={`/patients/${m.patientId}/plan`} onClick={() => setMentions((list) => list.filter((x) => x.key !== m.key))}>Open</Link>
          <button type="button" className="link" onClick={() => setMentions((list) => list.filter((x) => x.key !== m.key))}>Dismiss</button>
        </div>
      ))}
    </div>
  );
}
