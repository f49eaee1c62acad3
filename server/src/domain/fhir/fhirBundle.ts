import type { Bundle, BundleLink, Resource } from '@medplum/fhirtypes';
import type { Search } from './searchParams';

/** A searchset Bundle of one page, with `self`, `first`, `previous` and `next` links that keep the search's other parameters. */
export function searchsetBundle(
  base: string, type: string, query: Record<string, unknown>, search: Search, matched: readonly Resource[], page: readonly Resource[],
): Bundle {
  const link = (relation: string, offset: number): BundleLink => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (name === '_offset' || name === '_count') continue;
      for (const v of Array.isArray(value) ? value : [value]) params.append(name, String(v));
    }
    params.set('_count', String(search.count));
    params.set('_offset', String(offset));
    return { relation, url: `${base}/${type}?${params.toString()}` };
  };
  const links = [link('self', search.offset), link('first', 0)];
  if (search.offset > 0) links.push(link('previous', Math.max(0, search.offset - search.count)));
  if (search.offset + search.count < matched.length) links.push(link('next', search.offset + search.count));
  return {
    resourceType: 'Bundle', type: 'searchset', total: matched.length, link: links,
    entry: page.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
  };
}
