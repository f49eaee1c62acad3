import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/** One person in the document right now, as the server identified them. */
export interface Present {
  clientId: number;
  name: string;
  role: string;
  color: string;
  section: string | null;
  idle: boolean;
  isMe: boolean;
}

interface PresenceState {
  user?: { name?: string; role?: string; color?: string; userId?: string };
  section?: string;
  idle?: boolean;
}

const IDLE_AFTER_MS = 60_000;

/** Who has the document open, where they are, and whether they are idle; also publishes our own section and idleness. */
export function usePresence(provider: WebsocketProvider | undefined, mySection: string | null): Present[] {
  const [people, setPeople] = useState<Present[]>([]);

  useEffect(() => {
    if (!provider) return;
    const awareness = provider.awareness;
    const refresh = () => {
      const list: Present[] = [];
      awareness.getStates().forEach((raw, clientId) => {
        const s = raw as PresenceState;
        if (!s.user?.name) return;
        list.push({ clientId, name: s.user.name, role: s.user.role ?? '', color: s.user.color ?? '#555', section: s.section ?? null, idle: Boolean(s.idle), isMe: clientId === awareness.clientID });
      });
      setPeople(list);
    };
    awareness.on('change', refresh);
    refresh();
    let timer = window.setTimeout(() => awareness.setLocalStateField('idle', true), IDLE_AFTER_MS);
    const active = () => {
      window.clearTimeout(timer);
      if ((awareness.getLocalState() as PresenceState | null)?.idle) awareness.setLocalStateField('idle', false);
      timer = window.setTimeout(() => awareness.setLocalStateField('idle', true), IDLE_AFTER_MS);
    };
    window.addEventListener('keydown', active);
    window.addEventListener('pointerdown', active);
    return () => {
      awareness.off('change', refresh);
      window.clearTimeout(timer);
      window.removeEventListener('keydown', active);
      window.removeEventListener('pointerdown', active);
    };
  }, [provider]);

  useEffect(() => {
    provider?.awareness.setLocalStateField('section', mySection);
  }, [provider, mySection]);

  return people;
}
