import { useCallback, useEffect, useState } from 'react';

/** Loads data on mount and on `reload()`, keeping the error for display. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): { data: T | undefined; error: unknown; reload: () => void } {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    stableLoad().then((d) => { if (live) { setData(d); setError(null); } }, (e: unknown) => { if (live) setError(e); });
    return () => { live = false; };
  }, [stableLoad, round]);
  return { data, error, reload: () => setRound((r) => r + 1) };
}
