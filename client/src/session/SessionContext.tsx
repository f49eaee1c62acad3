import type { Me } from '@carehuddle/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import { whenSessionEnds } from '../api/http';
import { clearOfflineCopies } from '../plan/offlineCopies';
import { forgetActivity, markReported } from './idleActivity';
import { IdleWarningDialog } from './IdleWarningDialog';
import { useIdleSignOut } from './useIdleSignOut';

/** The signed-in user, or null; `undefined` while it is being found out. */
interface Session {
  user: Me | null | undefined;
  notice: string | null;
  signedIn: (user: Me) => void;
  signOut: () => Promise<void>;
  /** The server ended the session (here or elsewhere): leave with a message saying why. */
  ended: (message: string) => void;
  /** After "sign out everywhere": this tab is signed out too. */
  signedOutEverywhere: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Why a live connection says the session ended, in words. */
export const SESSION_END_MESSAGES: Record<string, string> = {
  password_changed: 'Your password was changed on another device. Please sign in again.',
  signed_out_everywhere: 'You signed out on every device. Please sign in again.',
  account_disabled: 'Your account was disabled. Ask your organization admin for help.',
};

/** Holds who is signed in, signs out after inactivity, and sends the user to sign-in when the session ends. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const navigate = useNavigate();
  const wasSignedIn = useRef(false);
  wasSignedIn.current = Boolean(user);

  useEffect(() => {
    endpoints.me().then(setUser, () => setUser(null));
  }, []);

  const leave = useCallback(async (message: string | null) => {
    setUser(null);
    setNotice(message);
    forgetActivity();
    // Patient data kept for offline editing must not outlive the session on a shared device.
    await clearOfflineCopies();
    void navigate('/signin');
  }, [navigate]);

  const ended = useCallback((message: string) => {
    // The first "who am I?" of a signed-out visitor is not an ended session.
    if (wasSignedIn.current) void leave(message);
  }, [leave]);

  useEffect(() => {
    whenSessionEnds(() => ended('Your session ended. Please sign in again.'));
  }, [ended]);

  const signedIn = useCallback((me: Me) => {
    setNotice(null);
    markReported();
    setUser(me);
  }, []);

  const signOut = useCallback(async () => {
    await endpoints.logout().catch(() => undefined);
    await leave(null);
  }, [leave]);

  const signedOutEverywhere = useCallback(() => leave('You were signed out on every device.'), [leave]);

  const idleMinutes = user ? user.idleTimeoutMinutes : null;
  const onIdle = useCallback(() => {
    void endpoints.logout().catch(() => undefined);
    void leave(`You were signed out after ${idleMinutes ?? ''} minutes without activity.`);
  }, [leave, idleMinutes]);
  const idle = useIdleSignOut(idleMinutes === null ? null : idleMinutes * 60_000, onIdle);

  const value = useMemo(() => ({ user, notice, signedIn, signOut, ended, signedOutEverywhere }), [user, notice, signedIn, signOut, ended, signedOutEverywhere]);
  return (
    <SessionContext.Provider value={value}>
      {children}
      {user && idle.warning && <IdleWarningDialog secondsLeft={idle.secondsLeft} onSignOut={() => void signOut()} />}
    </SessionContext.Provider>
  );
}

/** The current session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
