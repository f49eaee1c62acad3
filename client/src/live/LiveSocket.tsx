import type { ClientToServerEvents, ServerToClientEvents } from '@carehuddle/shared';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import { SESSION_END_MESSAGES, useSession } from '../session/SessionContext';

/** The app shell's Socket.IO connection (notifications, worklist signals). */
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const LiveSocketContext = createContext<AppSocket | null>(null);

/** Opens one connection for the signed-in shell and closes it on sign-out. */
export function LiveSocketProvider({ children }: { children: ReactNode }) {
  const [socket, setSocket] = useState<AppSocket | null>(null);
  const { ended } = useSession();
  useEffect(() => {
    const s: AppSocket = io({ path: '/socket.io', transports: ['websocket'] });
    // Ended elsewhere (password change, sign-out everywhere, account disabled): leave at once, saying why.
    s.on('session:ended', ({ reason }) => {
      const message = SESSION_END_MESSAGES[reason];
      if (message) ended(message);
    });
    setSocket(s);
    return () => {
      s.disconnect();
    };
  }, [ended]);
  return <LiveSocketContext.Provider value={socket}>{children}</LiveSocketContext.Provider>;
}

/** The shell's connection, once open. */
export function useLiveSocket(): AppSocket | null {
  return useContext(LiveSocketContext);
}
