import type { MentionNotification } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useLiveSocket } from '../live/LiveSocket';

type Mention = MentionNotification & { key: string };

/** Where a mention leads: the patient's plan with the thread open, scrolled to and focused. */
export function threadLink(patientId: string, threadId: string): string {
  return `/patients/${encodeURIComponent(patientId)}/plan?thread=${encodeURIComponent(threadId)}`;
}

/** In-app, live: who mentioned you, about which patient, with a link that opens the thread. */
export function MentionToasts() {
  const [mentions, setMentions] = useState<Mention[]>([]);
  const socket = useLiveSocket();
  useEffect(() => {
    if (!socket) return;
    const onMention = (m: MentionNotification) => setMentions((list) => [...list, { ...m, key: `${m.threadId}-${Date.now()}` }]);
    socket.on('notification:mention', onMention);
    return () => {
      socket.off('notification:mention', onMention);
    };
  }, [socket]);
  const dismiss = (key: string) => setMentions((list) => list.filter((x) => x.key !== key));
  return (
    <div className="toasts" role="status" aria-live="polite">
      {mentions.map((m) => (
        <div key={m.key} className="toast">
          <span>{m.byName} mentioned you in a note about {m.patientName}.</span>
          <Link to={threadLink(m.patientId, m.threadId)} onClick={() => dismiss(m.key)}>Open the thread</Link>
          <button type="button" className="link" onClick={() => dismiss(m.key)}>Dismiss</button>
        </div>
      ))}
    </div>
  );
}
