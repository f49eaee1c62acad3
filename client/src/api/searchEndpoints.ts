import type { SearchResults } from '@carehuddle/shared';
import { api } from './http';

/** Typed calls to search. */
export const searchEndpoints = {
  search: (q: string) => api<SearchResults>('GET', `/api/search?q=${encodeURIComponent(q)}`),
};
