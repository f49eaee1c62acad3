import type { MeasureId, MeasureMembers, MeasuresReport } from '@carehuddle/shared';
import { api } from './http';

/** Query strings of the measures report and its click-through, from the filters set on the page. */
export const measureQuery = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Typed calls to the program measures. */
export const measureEndpoints = {
  report: (query: string) => api<MeasuresReport>('GET', `/api/measures${query}`),
  members: (measure: MeasureId, query: string) => api<MeasureMembers>('GET', `/api/measures/${encodeURIComponent(measure)}/members${query}`),
  csvUrl: (query: string) => `/api/measures/export.csv${query}`,
};
