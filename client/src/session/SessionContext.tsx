import type { Me } from '@carehuddle/shared';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import { whenSessionEnds } from '../api/http';
import { i18n } from '../i18n/i18n';
import { discardAllOf, unsentCounts, type OutboxKind } from '../outbox/outboxStore';
import { clearOfflineCopies } from '../plan/offlineCopies';
import { forgetActivity, markReported } from './idleActivity';
import { IdleWarningDialog } from './IdleWarningDialog';
import { announceSignedInAgain } from './signedInAgain';
import { SignInAgainDialog } from './SignInAgainDialog';
import { SignOutConfirmDialog } from './SignOutConfirmDialog';
import { useIdleSignOut } from './useIdleSignOut';

/** The signed-in user, or null; `undefined` while it is being found out. */
interface Session {
  user: Me | null | undefined;
  notice: string | null;
  signedIn: (user: Me) => void;
  /** Explicit sign-out: asks first when notes are not sent yet. */
  signOut: () => Promise<void>;
  /**
   * The server ended the session (here or elsewhere): the person signs in
   * again in place, keeping the page; `final` when they cannot (account disabled).
   */
  ended: (message: string, final?: boolean) => void;
  /** After "sign out everywhere": this tab is signed out too. */
  signedOutEverywhere: () => Promise<void>;
  /** Counts sign-ins in place: live connections open anew when it changes. */
  generation: number;
}

const SessionContext = createContext<Session | null>(null);

/** Why the session ended, when nothing more specific is known (in the language shown, like every reason below). */
export const sessionEndedMessage = (): string => i18n.t('session.ended');

const END_REASONS = ['password_changed', 'signed_out_everywhere', 'account_disabled'] as const;

/** Why a live connection says the session ended, in words; null for a reason this client does not know. */
export function sessionEndMessage(reason: string): string | null {
  const known = END_REASONS.find((r) => r === reason);
  return known ? i18n.t(`session.endedBecause.${known}`) : null;
}

/** Holds who is signed in, signs out after inactivity, and signs the person back in in place when the session ends. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  /** Why the session ended while the page stayed open; the sign-in dialog is up while set. */
  const [lost, setLost] = useState<string | null>(null);
  const [unsentAtSignOut, setUnsentAtSignOut] = useState<Record<OutboxKind, number> | null>(null);
  const [generation, setGeneration] = useState(0);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const wasSignedIn = useRef(false);
  wasSignedIn.current = Boolean(user);

  useEffect(() => {
    endpoints.me().then(setUser, () => setUser(null));
  }, []);

  const leave = useCallback(async (message: string | null) => {
    setUser(null);
    setLost(null);
    setNotice(message);
    forgetActivity();
    // Cached answers hold patient data too, and the next person to sign in here must not see them.
    queryClient.clear();
    // Patient data kept for offline editing must not outlive the person's use of this device.
    await clearOfflineCopies();
    void navigate('/signin');
  }, [navigate, queryClient]);

  const ended = useCallback((message: string, final = false) => {
    // The first "who am I?" of a signed-out visitor is not an ended session.
    if (!wasSignedIn.current) return;
    if (final) void leave(message);
    else setLost((current) => current ?? message);
  }, [leave]);

  useEffect(() => {
    whenSessionEnds(() => ended(sessionEndedMessage()));
  }, [ended]);

  const signedIn = useCallback((me: Me) => {
    setNotice(null);
    markReported();
    setUser(me);
  }, []);

  const signedInAgain = useCallback((me: Me) => {
    signedIn(me);
    setLost(null);
    setGeneration((g) => g + 1);
    announceSignedInAgain();
    // What failed for want of a session while it was gone loads now.
    void queryClient.invalidateQueries();
  }, [signedIn, queryClient]);

  const signOutNow = useCallback(async () => {
    if (user) await discardAllOf(user.id);
    await endpoints.logout().catch(() => undefined);
    await leave(null);
  }, [user, leave]);

  const signOut = useCallback(async () => {
    const unsent = user ? await unsentCounts(user.id) : { note: 0, action: 0 };
    if (unsent.note + unsent.action > 0) setUnsentAtSignOut(unsent);
    else await signOutNow();
  }, [user, signOutNow]);

  const signedOutEverywhere = useCallback(() => leave(sessionEndMessage('signed_out_everywhere')), [leave]);

  const idleMinutes = user && lost === null ? user.idleTimeoutMinutes : null;
  const onIdle = useCallback(() => {
    void endpoints.logout().catch(() => undefined);
    ended(i18n.t('session.idleEnded', { count: idleMinutes ?? 0 }));
  }, [ended, idleMinutes]);
  const idle = useIdleSignOut(idleMinutes === null ? null : idleMinutes * 60_000, onIdle);

  const value = useMemo(() => ({ user, notice, signedIn, signOut, ended, signedOutEverywhere, generation }), [user, notice, signedIn, signOut, ended, signedOutEverywhere, generation]);
  const blocked = Boolean(user) && (lost !== null || unsentAtSignOut !== null);
  return (
    <SessionContext.Provider value={value}>
      {/* Inert (and hidden by the dialog's backdrop) while a dialog asks: nothing behind it can be read or used. */}
      <div className="session-content" inert={blocked}>{children}</div>
      {user && lost === null && unsentAtSignOut === null && idle.warning && <IdleWarningDialog secondsLeft={idle.secondsLeft} onSignOut={() => void signOut()} />}
      {user && lost !== null && <SignInAgainDialog user={user} reason={lost} onSignedIn={signedInAgain} onSomeoneElse={() => void leave(null)} />}
      {user && unsentAtSignOut !== null && (
        <SignOutConfirmDialog unsent={unsentAtSignOut} onStay={() => setUnsentAtSignOut(null)}
          onDiscard={() => { setUnsentAtSignOut(null); void signOutNow(); }} />
      )}
    </SessionContext.Provider>
  );
}

/** The current session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
