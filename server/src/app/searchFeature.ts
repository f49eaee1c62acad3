import { ensureSearchIndex } from '../domain/search/searchRebuild';
import { searchRoutes } from '../http/routes/searchRoutes';
import type { Feature } from './feature';

/**
 * Search: before the server listens, the full-text index is rebuilt if an
 * older version (or none) built it, and what a stopped process left stale is
 * indexed again; then the search route. Plans are indexed as they are stored
 * by the collaboration feature, notes by the commands that store them.
 */
export function searchFeature(): Feature {
  return async ({ services, logger }) => {
    const started = Date.now();
    if (await ensureSearchIndex(services)) logger.info({ ms: Date.now() - started }, 'search index rebuilt');
    return { name: 'search', routes: searchRoutes(services) };
  };
}
