import { useLocation, useSearchParams } from 'react-router';

/** Older links name a section by its anchor (`#coordination`, `#outreach`): they open its tab. */
const LEGACY_ANCHORS: Record<string, string> = { coordination: 'coordination', outreach: 'coordination', tasks: 'coordination' };

/** The patient page's open tab, kept in the URL (`?tab=`) so links and reloads keep it. */
export function usePatientTab(tabs: readonly string[], fallback: string): [string, (tab: string) => void] {
  const [query, setQuery] = useSearchParams();
  const { hash } = useLocation();
  const named = query.get('tab') ?? LEGACY_ANCHORS[hash.slice(1)] ?? fallback;
  const tab = tabs.includes(named) ? named : fallback;
  return [tab, (next) => setQuery(next === fallback ? {} : { tab: next }, { replace: true })];
}
