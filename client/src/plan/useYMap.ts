import { useEffect, useReducer } from 'react';

/** Any Y type: all of them can be observed deeply. */
interface Observable {
  observeDeep(f: () => void): void;
  unobserveDeep(f: () => void): void;
}

/** Re-renders when a Y type (or anything inside it) changes. */
export function useYChanges(type: Observable | undefined): void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!type) return;
    type.observeDeep(bump);
    return () => type.unobserveDeep(bump);
  }, [type]);
}
