import type { Me } from '@carehuddle/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import { whenSessionEnds } from '../api/http';
import { clearOfflineCopies } from '../plan/offlineCopies';

/** The signed-in user, or null; `undefined` while it is being found out. */
interface Session {
  user: Me | null | undefined;
  notice: string | null;
  signedIn: (user: Me) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Holds who is signed in and sends the user to sign-in when the server ends the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const navigate = useNavigate();
  const wasSignedIn = useRef(false);
  wasSignedIn.current = Boolean(user);

  useEffect(() => {
    endpoints.me().then(setUser, () => setUser(null));
  }, []);

  useEffect(() => {
    whenSessionEnds(() => {
      // The first "who am I?" of a signed-out visitor is not an ended session.
      if (!wasSignedIn.current) return;
      setUser(null);
      setNotice('Your session ended. Please sign in again.');
      void clearOfflineCopies();
      void navigate('/signin');
    });
  }, [navigate]);

  const signedIn = useCallback((me: Me) => {
    setNotice(null);
    setUser(me);
  }, []);

  const signOut = useCallback(async () => {
    await endpoints.logout().catch(() => undefined);
    // Patient data kept for offline editing must not outlive the session on a shared device.
    await clearOfflineCopies();
    setUser(null);
    void navigate('/signin');
  }, [navigate]);

  const value = useMemo(() => ({ user, notice, signedIn, signOut }), [user, notice, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
