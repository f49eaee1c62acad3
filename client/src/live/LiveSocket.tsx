import type { ClientToServerEvents, ServerToClientEvents } from '@carehuddle/shared';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import { endpoints } from '../api/endpoints';
import { sessionEndedMessage, sessionEndMessage, useSession } from '../session/SessionContext';

/** The app shell's Socket.IO connection (notifications, worklist signals). */
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const LiveSocketContext = createContext<AppSocket | null>(null);

/** Opens one connection for the signed-in shell, closes it on sign-out, and opens a new one after signing in again in place. */
export function LiveSocketProvider({ children }: { children: ReactNode }) {
  const [socket, setSocket] = useState<AppSocket | null>(null);
  const { ended, generation } = useSession();
  useEffect(() => {
    const s: AppSocket = io({ path: '/socket.io', transports: ['websocket'] });
    // Ended elsewhere (password change, sign-out everywhere, account disabled): say why, and sign in again in place where one can.
    s.on('session:ended', ({ reason }) => {
      const message = sessionEndMessage(reason);
      if (message) ended(message, reason === 'account_disabled');
    });
    // Refused for want of a session (it expired while the connection was down).
    s.on('connect_error', (error) => {
      if ((error as Error & { data?: { code?: string } }).data?.code === 'unauthenticated') ended(sessionEndedMessage());
    });
    // Closed by the server without a word (its idle sweep): ask whether the session still holds; a 401 brings up the sign-in.
    s.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') void endpoints.me().catch(() => undefined);
    });
    setSocket(s);
    return () => {
      s.disconnect();
    };
  }, [ended, generation]);
  return <LiveSocketContext.Provider value={socket}>{children}</LiveSocketContext.Provider>;
}

/** The shell's connection, once open. */
export function useLiveSocket(): AppSocket | null {
  return useContext(LiveSocketContext);
}
