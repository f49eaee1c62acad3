import { useEffect, useState } from 'react';
import { lastReportedAt, markReported, reportActivity, SERVER_SLACK_MS } from './idleActivity';

/** Input that only a person makes; mouse movement and focus changes do not count. */
const PERSON_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** The warning shows this long before the sign-out. */
export const WARN_BEFORE_MS = 60_000;

/** What the idle timer shows: nothing, or the warning with the seconds left. */
export type IdleState = { warning: false } | { warning: true; secondsLeft: number };

/**
 * Signs the person out after `idleMs` without their own input in any tab,
 * warning a minute before. Activity is reported to the server, whose idle
 * timeout follows the same clock; the page's automatic refreshes are ignored.
 */
export function useIdleSignOut(idleMs: number | null, onIdle: () => void): IdleState {
  const [state, setState] = useState<IdleState>({ warning: false });
  useEffect(() => {
    if (idleMs === null) return undefined;
    if (Date.now() - lastReportedAt() > idleMs) markReported();
    const onInput = () => void reportActivity();
    for (const type of PERSON_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    let done = false;
    const tick = () => {
      const left = lastReportedAt() + idleMs - SERVER_SLACK_MS - Date.now();
      if (left <= 0 && !done) {
        done = true;
        onIdle();
      } else if (left <= WARN_BEFORE_MS) {
        setState({ warning: true, secondsLeft: Math.max(0, Math.ceil(left / 1000)) });
      } else {
        setState((s) => (s.warning ? { warning: false } : s));
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearInterval(timer);
      for (const type of PERSON_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [idleMs, onIdle]);
  return state;
}
