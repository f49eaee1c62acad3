import { parsePlanDocumentName } from '@carehuddle/shared';
import { indexPlanDocument } from '../../domain/search/searchIndexing';
import type { Services } from '../../domain/services';

/** How long after a stored commit a plan is indexed: typing goes on for a while, and one indexing covers all of it. */
export const DEFAULT_INDEX_DELAY_MS = 2_000;

/**
 * Keeps the search index in step with stored plans, off the path of every
 * keystroke: the first commit of a plan marks it stale (durably, so a stop
 * before indexing is made good at the next start) and starts a window; when
 * it ends, the plan is indexed once from what is stored, one run at a time per plan.
 */
export class PlanSearchIndexer {
  private readonly windows = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, Promise<void>>();

  constructor(private readonly services: Services, private readonly delayMs: number, private readonly onError: (error: unknown) => void) {}

  /** A commit of document `name` was stored by this node. */
  stored(name: string): void {
    if (this.windows.has(name) || !parsePlanDocumentName(name)) return;
    this.services.store.search.markStale(name).catch(this.onError);
    const timer = setTimeout(() => this.index(name), this.delayMs);
    timer.unref();
    this.windows.set(name, timer);
  }

  private index(name: string): void {
    this.windows.delete(name);
    const run = (this.runs.get(name) ?? Promise.resolve()).then(() => indexPlanDocument(this.services, name)).catch(this.onError);
    this.runs.set(name, run);
    void run.finally(() => {
      if (this.runs.get(name) === run) this.runs.delete(name);
    });
  }

  /** Indexes every plan whose window is still open, and waits for all runs (shutdown, after the rooms are stored). */
  async flush(): Promise<void> {
    for (const [name, timer] of [...this.windows]) {
      clearTimeout(timer);
      this.index(name);
    }
    await Promise.all(this.runs.values());
  }
}
