import type { ClientToServerEvents, ServerToClientEvents } from '@carehuddle/shared';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';

/** The app shell's Socket.IO connection (notifications, worklist signals). */
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const LiveSocketContext = createContext<AppSocket | null>(null);

/** Opens one connection for the signed-in shell and closes it on sign-out. */
export function LiveSocketProvider({ children }: { children: ReactNode }) {
  const [socket, setSocket] = useState<AppSocket | null>(null);
  useEffect(() => {
    const s: AppSocket = io({ path: '/socket.io', transports: ['websocket'] });
    setSocket(s);
    return () => {
      s.disconnect();
    };
  }, []);
  return <LiveSocketContext.Provider value={socket}>{children}</LiveSocketContext.Provider>;
}

/** The shell's connection, once open. */
export function useLiveSocket(): AppSocket | null {
  return useContext(LiveSocketContext);
}
