import { searchWords, type SearchQuery, type SearchResults } from '@carehuddle/shared';
import type { Actor } from '../actor';
import type { AuditEntry } from '../audit/auditTrail';
import type { Services } from '../services';
import { highlightedText, presentContentHit, refOf } from './presentSearch';
import { readableScopes } from './searchScopes';

/**
 * One search over the patients, huddle notes and plans the searcher may read
 * now (team membership, the patient's consent, restricted documents and
 * threads), best matches first. Every patient whose data a result shows gets
 * an audit record (with the category of what was shown); the words searched
 * for are never recorded, since they may themselves be clinical detail.
 */
export async function searchRecords(services: Services, actor: Actor, query: SearchQuery): Promise<SearchResults> {
  const words = searchWords(query.q);
  const { roles, scopes } = await readableScopes(services, actor);
  const [patientMatches, entryMatches] = await Promise.all([
    services.store.search.findPatients({ words, patientIds: [...roles.keys()], limit: query.limit }),
    services.store.search.findEntries({ words, scopes, limit: query.limit }),
  ]);
  // A scope can only be held for a patient the searcher may see; checked again so a stale entry can never leak.
  const held = new Set(scopes);
  const entries = entryMatches.flatMap((hit) => {
    const ref = refOf(hit);
    return ref && roles.has(hit.patientId) && held.has(hit.scope) ? [{ hit, ref }] : [];
  });
  const names = new Map((await services.store.patients.findManyByIds([...new Set(entries.map((e) => e.hit.patientId))])).map((p) => [p.id, p.name]));

  const shown = new Map<string, AuditEntry>();
  const show = (patientId: string, resourceType: string, category: string | null) => {
    shown.set(`${patientId}|${resourceType}|${category ?? ''}`, {
      actor, role: roles.get(patientId) ?? null, patientId, action: 'R', type: 'search', resourceType, resourceId: patientId, category, outcome: 'success',
    });
  };
  for (const p of patientMatches) show(p.patientId, 'Patient', null);
  for (const { hit, ref } of entries) show(hit.patientId, ref.kind === 'note' ? 'Communication' : 'CarePlan', ref.category);
  // Fail closed: nothing is served before the trail holds it. A search that showed nothing is recorded too.
  if (shown.size === 0) await services.audit.record({ actor, action: 'R', type: 'search', resourceType: 'Patient', outcome: 'success' });
  else await services.audit.recordMany([...shown.values()]);

  return {
    patients: patientMatches.map((p) => ({
      patientId: p.patientId, name: highlightedText(p.name), memberNumber: highlightedText(p.memberNumber), dateOfBirth: highlightedText(p.dateOfBirth),
    })),
    content: entries.map(({ hit, ref }) => presentContentHit(hit, ref, names.get(hit.patientId) ?? '')),
  };
}
