import { useSyncExternalStore } from 'react';

/** Phone width: below this, tables become lists (390 px phones stay well inside it). */
export const NARROW_QUERY = '(max-width: 40rem)';

/** Whether the window is phone-narrow now; follows rotation and resizing. */
export function useNarrow(query: string = NARROW_QUERY): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
  );
}
