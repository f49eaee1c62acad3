import { hashKey, keepPreviousData, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';

/** What a component reads from the server: the data once loaded, the last error (null when none) and a way to fetch again. */
export interface ServerQuery<T> {
  data: T | undefined;
  error: unknown;
  /** Marks this key (and every key under it) stale: whatever shows it fetches again. */
  reload: () => void;
}

/**
 * Glue between a page and TanStack Query: the library caches, deduplicates
 * and refetches; `key` names the resource (first the kind, then its ids and
 * filters), so two components showing the same key share one request and one
 * `reload` refreshes both. `reload` keeps its identity while the key does.
 * `keepPreviousData` is for a list narrowed by filters or a search: it keeps
 * showing the last answer while the new filter's loads, instead of emptying.
 */
export function useServerQuery<T>(key: QueryKey, fetcher: () => Promise<T>, options: { keepPreviousData?: boolean } = {}): ServerQuery<T> {
  const queryClient = useQueryClient();
  const { data, error } = useQuery({ queryKey: key, queryFn: fetcher, placeholderData: options.keepPreviousData ? keepPreviousData : undefined });
  const hash = hashKey(key);
  // The key array is new on every render; its hash is what identifies it.
  const reload = useCallback(() => void queryClient.invalidateQueries({ queryKey: key }), [queryClient, hash]);
  return { data, error, reload };
}
