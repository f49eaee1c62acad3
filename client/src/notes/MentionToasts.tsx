import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useLiveSocket } from '../live/LiveSocket';

interface Mention {
  key: string;
  patientId: string;
  threadId: string;
}

/** In-app, live: "you were mentioned", wherever the user is in the app. */
export function MentionToasts() {
  const [mentions, setMentions] = useState<Mention[]>([]);
  const socket = useLiveSocket();
  useEffect(() => {
    if (!socket) return;
    const onMention = (m: { patientId: string; threadId: string }) =>
      setMentions((list) => [...list, { key: `${m.threadId}-${Date.now()}`, patientId: m.patientId, threadId: m.threadId }]);
    socket.on('notification:mention', onMention);
    return () => {
      socket.off('notification:mention', onMention);
    };
  }, [socket]);
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
