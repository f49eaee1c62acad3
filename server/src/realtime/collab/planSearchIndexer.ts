import { parsePlanDocumentName } from '@carehuddle/shared';

/** How long a plan must be quiet (no stored commit) before it is indexed: one indexing covers a burst of typing. */
export const DEFAULT_INDEX_DELAY_MS = 2_000;
/** However long typing goes on, a plan is indexed at least this often. */
export const DEFAULT_INDEX_MAX_WAIT_MS = 30_000;

/** What the indexer does to the store: index a plan from what is stored, and mark one stale meanwhile. */
export interface PlanIndexing {
  index(name: string): Promise<void>;
  markStale(name: string): Promise<void>;
}

interface Window { openedAt: number; lastStoredAt: number; timer: NodeJS.Timeout | undefined }

/**
 * Keeps the search index in step with stored plans, off the path of every
 * keystroke: the first commit of a plan marks it stale (durably, so a stop
 * before indexing is made good at the next start) and opens a window; the plan
 * is indexed once from what is stored when it has been quiet for `delayMs`,
 * or `maxWaitMs` after the window opened if typing never stops — indexing
 * reads and decodes the stored plan, so indexing every burst of 200 plans
 * being typed in at once cost a third of the event loop. One run at a time per plan.
 */
export class PlanSearchIndexer {
  private readonly windows = new Map<string, Window>();
  private readonly runs = new Map<string, Promise<void>>();

  constructor(
    private readonly indexing: PlanIndexing,
    private readonly delays: { delayMs: number; maxWaitMs: number },
    private readonly onError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** A commit of document `name` was stored by this node. */
  stored(name: string): void {
    const open = this.windows.get(name);
    if (open) {
      open.lastStoredAt = this.now();
      return;
    }
    if (!parsePlanDocumentName(name)) return;
    this.indexing.markStale(name).catch(this.onError);
    const window: Window = { openedAt: this.now(), lastStoredAt: this.now(), timer: undefined };
    this.windows.set(name, window);
    this.wake(name, window, this.delays.delayMs);
  }

  private wake(name: string, window: Window, ms: number): void {
    window.timer = setTimeout(() => this.due(name, window), ms);
    window.timer.unref();
  }

  /** Indexes now if the plan has been quiet long enough or waited long enough; otherwise looks again then. */
  private due(name: string, window: Window): void {
    const now = this.now();
    const quietLeft = this.delays.delayMs - (now - window.lastStoredAt);
    const waitLeft = this.delays.maxWaitMs - (now - window.openedAt);
    if (quietLeft <= 0 || waitLeft <= 0) this.index(name);
    else this.wake(name, window, Math.min(quietLeft, waitLeft));
  }

  private index(name: string): void {
    this.windows.delete(name);
    const run = (this.runs.get(name) ?? Promise.resolve()).then(() => this.indexing.index(name)).catch(this.onError);
    this.runs.set(name, run);
    void run.finally(() => {
      if (this.runs.get(name) === run) this.runs.delete(name);
    });
  }

  /** Indexes every plan whose window is still open, and waits for all runs (shutdown, after the rooms are stored). */
  async flush(): Promise<void> {
    for (const [name, window] of [...this.windows]) {
      clearTimeout(window.timer);
      this.index(name);
    }
    await Promise.all(this.runs.values());
  }
}
