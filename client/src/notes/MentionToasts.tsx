import type { MentionNotification } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { useAnnounce } from '../a11y/Announcer';
import { useLiveSocket } from '../live/LiveSocket';

type Mention = MentionNotification & { key: string };

/** Where a mention leads: the patient's plan with the thread open, scrolled to and focused. */
export function threadLink(patientId: string, threadId: string): string {
  return `/patients/${encodeURIComponent(patientId)}/plan?thread=${encodeURIComponent(threadId)}`;
}

/** The sentence a mention is shown and announced with. */
function mentionSentence(t: TFunction, m: MentionNotification): string {
  return t('mentionToast.sentence', { by: m.byName, patient: m.patientName });
}

/** In-app, live: who mentioned you, about which patient, with a link that opens the thread; said once through the app's announcer. */
export function MentionToasts() {
  const { t } = useTranslation();
  const [mentions, setMentions] = useState<Mention[]>([]);
  const socket = useLiveSocket();
  const announce = useAnnounce();
  useEffect(() => {
    if (!socket) return;
    const onMention = (m: MentionNotification) => {
      announce(mentionSentence(t, m));
      setMentions((list) => [...list, { ...m, key: `${m.threadId}-${Date.now()}` }]);
    };
    socket.on('notification:mention', onMention);
    return () => {
      socket.off('notification:mention', onMention);
    };
  }, [socket, announce, t]);
  const dismiss = (key: string) => setMentions((list) => list.filter((x) => x.key !== key));
  return (
    // Not a live region itself: the announcer says the sentence, so a screen reader hears it once.
    <div className="toasts">
      {mentions.map((m) => (
        <div key={m.key} className="toast">
          <span>{mentionSentence(t, m)}</span>
          <Link to={threadLink(m.patientId, m.threadId)} onClick={() => dismiss(m.key)}>{t('mentionToast.open')}</Link>
          <button type="button" className="link" onClick={() => dismiss(m.key)}>{t('mentionToast.dismiss')}</button>
        </div>
      ))}
    </div>
  );
}
