/** The outcome of one item of a group: an item can fail alone without failing the others. */
export type GroupOutcome<R> = { ok: true; value: R } | { ok: false; error: Error };

interface Waiting<T, R> { item: T; resolve(value: R): void; reject(error: Error): void }

/**
 * Group commit, for every store adapter: items submitted while the previous
 * group is being written (or within the same tick) are written together by one
 * call to `write` — one transaction, one fsync or one bulk write for all of
 * them. Each promise settles only after its group was written; `write`
 * throwing fails its whole group. `maxGroup` bounds one group, so a flood
 * cannot build one huge write that delays every acknowledgement behind it.
 */
export class GroupCommit<T, R> {
  private pending: Array<Waiting<T, R>> = [];
  private readonly inFlight = new Set<Promise<void>>();
  private scheduled = false;
  private written = 0;

  constructor(
    private readonly write: (group: T[]) => Promise<Array<GroupOutcome<R>>>,
    private readonly maxGroup = Number.POSITIVE_INFINITY,
    /**
     * How many groups may be out at once. More than one only where `write` runs groups strictly
     * in the order it was called (a single writer thread): the next group is then handed over
     * while the previous one commits, instead of waiting for its answer to come back.
     */
    private readonly maxInFlight = 1,
  ) {}

  /** Submits one item; resolves with its result once its group is written. */
  submit(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** How many groups have been written so far. */
  get groupsWritten(): number {
    return this.written;
  }

  /** Resolves once everything submitted so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0 || this.pending.length > 0) {
      this.next();
      await Promise.race(this.inFlight);
    }
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight.size >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.next();
    });
  }

  private next(): void {
    while (this.inFlight.size < this.maxInFlight && this.pending.length > 0) this.start(this.pending.splice(0, this.maxGroup));
  }

  private start(group: Array<Waiting<T, R>>): void {
    const written = this.write(group.map((w) => w.item)).then((outcomes) => {
      this.written += 1;
      group.forEach((w, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) w.resolve(outcome.value);
        else w.reject(outcome ? outcome.error : new Error('write lost'));
      });
    }, (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const w of group) w.reject(failure);
    }).finally(() => {
      this.inFlight.delete(written);
      this.next();
    });
    this.inFlight.add(written);
  }
}
