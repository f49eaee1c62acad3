import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

/** Says a sentence to screen readers, politely (after what they are reading now). */
export type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** How many recent announcements stay in the region; older ones are dropped so it never grows. */
const KEPT = 3;

/**
 * The app's one polite live region. Events (a note from someone else, a mention
 * of me, another person's plan edit) call `useAnnounce()`; one region means a
 * screen reader never hears the same news twice from two regions. Each message
 * is a new paragraph, so saying the same sentence again is still announced.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Array<{ id: number; text: string }>>([]);
  const next = useRef(0);
  const announce = useCallback<Announce>((text) => {
    next.current += 1;
    const id = next.current;
    setMessages((list) => [...list, { id, text }].slice(-KEPT));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-label="Announcements">
        {messages.map((m) => <p key={m.id}>{m.text}</p>)}
      </div>
    </AnnounceContext.Provider>
  );
}

/** The function that announces; a no-op outside the provider. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
