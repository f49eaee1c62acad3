import { forgetEntry, keepEntry, unsentOf, type OutboxEntry, type OutboxKind } from './outboxStore';

/**
 * Where an entry is: `sending` while the server is asked; `waiting` when there
 * is no connection (it goes out by itself when one is back); `refused` when the
 * server said no, with its reason (the person retries or discards).
 */
export type OutboxState = 'sending' | 'waiting' | 'refused';

/** An entry of the outbox as the page shows it. */
export type Queued<E extends OutboxEntry> = E & { state: OutboxState };

/** What came of one send: stored (with the server's answer), refused (with its sentence), or no answer (it waits). */
export type Delivery<A> = { sent: A } | { refused: string } | 'waiting';

/** How one kind of entry is sent: notes over Socket.IO, actions over HTTP. */
export interface OutboxTransport<E extends OutboxEntry, A> {
  /** Whether a send may be tried now; otherwise entries wait for `flush`. */
  canSend(): boolean;
  deliver(entry: E): Promise<Delivery<A>>;
  /** The server stored it: the page takes the answer in. */
  sent(entry: E, answer: A): void;
}

/** Which entries a queue holds: one person's, of one kind, optionally of one patient. */
export interface OutboxScope {
  userId: string;
  kind: OutboxKind;
  patientId?: string;
}

/**
 * The one queue of the outbox: an entry is written to IndexedDB before it is
 * sent, sent again with the same idempotency key (so never stored twice) while
 * it waits, forgotten when the server acknowledges it or the person discards it,
 * and kept with the server's reason when refused — so a reload still says why.
 */
export class OutboxQueue<E extends OutboxEntry, A> {
  private readonly entries = new Map<string, Queued<E>>();
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private view: readonly Queued<E>[] = [];

  constructor(private readonly scope: OutboxScope, private readonly transport: () => OutboxTransport<E, A>) {}

  /** For `useSyncExternalStore`: called on every change. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The entries now, oldest first (the same array until something changes). */
  readonly snapshot = (): readonly Queued<E>[] => this.view;

  /** Takes in what this person left unsent on this device (an earlier visit, a reload, a session that ended) and sends it. */
  async restore(): Promise<void> {
    const kept = await unsentOf<E>(this.scope.userId, this.scope.kind, this.scope.patientId);
    for (const entry of kept) if (!this.entries.has(entry.key)) this.entries.set(entry.key, { ...entry, state: entry.refusal ? 'refused' : 'waiting' });
    this.changed();
    for (const entry of kept) if (!entry.refusal) this.send(entry.key);
  }

  /** Keeps the entry in the outbox first, then sends it. */
  async add(entry: E): Promise<void> {
    this.entries.set(entry.key, { ...entry, state: 'sending' });
    this.changed();
    await keepEntry(entry);
    this.send(entry.key);
  }

  /** Sends everything that waits for a connection (the socket joined again, the browser is back online). */
  flush(): void {
    for (const entry of this.entries.values()) if (entry.state !== 'refused') this.send(entry.key);
  }

  retry(key: string): void {
    this.settle(key, { refusal: null });
    this.send(key);
  }

  /** Drops an unsent entry: it is never sent. */
  discard(key: string): void {
    this.entries.delete(key);
    void forgetEntry(this.scope.userId, key);
    this.changed();
  }

  private changed(): void {
    this.view = [...this.entries.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const listener of this.listeners) listener();
  }

  private settle(key: string, change: Partial<OutboxEntry> & { state?: OutboxState }): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    const next = { ...entry, ...change };
    this.entries.set(key, next);
    // The refusal is kept with the entry, so after a reload it still says why it was not sent.
    if (change.refusal !== undefined) void keepEntry(withoutState(next));
    this.changed();
  }

  private send(key: string): void {
    const entry = this.entries.get(key);
    if (!entry || this.inFlight.has(key)) return;
    const transport = this.transport();
    // Not connected: wait for the connection instead of letting a transport buffer it (it would then go out twice).
    if (!transport.canSend()) return this.settle(key, { state: 'waiting' });
    this.inFlight.add(key);
    this.settle(key, { state: 'sending' });
    const stored = withoutState(entry);
    transport.deliver(stored).then((delivery) => {
      this.inFlight.delete(key);
      if (delivery === 'waiting') return this.settle(key, { state: 'waiting' });
      if ('refused' in delivery) return this.settle(key, { state: 'refused', refusal: delivery.refused });
      this.entries.delete(key);
      void forgetEntry(this.scope.userId, key);
      this.changed();
      transport.sent(stored, delivery.sent);
    }, () => {
      this.inFlight.delete(key);
      this.settle(key, { state: 'waiting' });
    });
  }
}

/** The entry as it is stored: its state on this page is not. */
function withoutState<E extends OutboxEntry>(entry: Queued<E>): E {
  const { state: _state, ...stored } = entry;
  return stored as unknown as E;
}
