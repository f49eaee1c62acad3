import { useEffect, useState } from 'react';

const KEY = 'carehuddle.largeText';

function stored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    // Storage can be blocked (private mode, policies); the toggle still works for this visit.
    return false;
  }
}

/**
 * The "Larger text" preference, remembered in this browser. It is applied as a
 * class on the document root rather than on the page, because the app sizes
 * headings and labels in `rem`, which only scales from the root element.
 */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', on);
    try {
      window.localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // See above: not remembering is acceptable.
    }
    return () => document.documentElement.classList.remove('large-text');
  }, [on]);
  return [on, setOn];
}
