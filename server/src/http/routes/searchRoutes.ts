import { SearchQuerySchema, SearchResultsSchema } from '@carehuddle/shared';
import { searchRecords } from '../../domain/search/searchRecords';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** One search box over patients, huddle notes and plans. */
export function searchRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/search', tag: 'search', auth: 'session', rateLimit: 'search',
      summary: 'Patients (name, member number, date of birth), huddle notes and plan text I may read that match every word, best first, matches marked.',
      query: SearchQuerySchema, response: SearchResultsSchema,
      handle: ({ actor, query }) => searchRecords(services, actor, query),
    }),
  ];
}
