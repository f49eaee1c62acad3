import { PLAN_AUDIENCES, planDocumentName } from '@carehuddle/shared';
import type { Services } from '../services';
import { indexNote, indexPlanDocument, reindexGroup } from './searchIndexing';

/**
 * The version of what the index holds. Raise it when entries change shape or
 * something new is indexed: the next start rebuilds the index from the records.
 */
export const SEARCH_INDEX_VERSION = 1;

const THREAD_PAGE = 200;
/** Stale groups are the commits of the last few seconds before a stop: a handful, but bounded all the same. */
const MAX_STALE_AT_START = 10_000;

/** Indexes one patient's notes and plan documents. */
async function indexPatient(services: Services, patientId: string): Promise<void> {
  let before: number | undefined;
  for (;;) {
    const threads = await services.store.notes.listThreads(patientId, { limit: THREAD_PAGE, ...(before !== undefined ? { before } : {}) });
    if (threads.length === 0) break;
    const byId = new Map(threads.map((t) => [t.id, t]));
    for (const note of await services.store.notes.notesOf(threads.map((t) => t.id))) await indexNote(services, byId.get(note.threadId)!, note);
    if (threads.length < THREAD_PAGE) break;
    before = threads.at(-1)!.activitySeq;
  }
  for (const audience of PLAN_AUDIENCES) await indexPlanDocument(services, planDocumentName(patientId, audience));
}

/**
 * Brings the index up to date at start-up: rebuilds it from every patient's
 * notes and stored plans when it was built by another version (or never, or
 * a rebuild was cut short), then indexes again what a stopped process left stale.
 * Returns whether it rebuilt.
 */
export async function ensureSearchIndex(services: Services): Promise<boolean> {
  const search = services.store.search;
  const rebuild = (await search.builtVersion()) !== SEARCH_INDEX_VERSION;
  if (rebuild) {
    await search.startRebuild();
    for (const patientId of await services.store.patients.listIds()) await indexPatient(services, patientId);
    await search.finishRebuild(SEARCH_INDEX_VERSION);
  }
  // One pass: a group that fails again stays marked for the next start rather than stalling this one.
  for (const group of await search.staleGroups(MAX_STALE_AT_START)) await reindexGroup(services, group);
  return rebuild;
}
