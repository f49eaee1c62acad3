import { COLLAB_MESSAGE } from '@carehuddle/shared';
import * as encoding from 'lib0/encoding';
import type { CollabConnection } from './collabConnection';
import type { StoredState } from './storedState';

/**
 * How long a connection that is not waiting for its own edits may wait for
 * a newer `saved`: its "Saved" only has to catch up with other people's
 * edits, and at typing rates this sends it a few messages a second instead
 * of one per commit.
 */
export const SAVED_FOR_OTHERS_MS = 250;

/** A `saved` message around an encoded snapshot. */
export function savedMessage(snapshot: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, COLLAB_MESSAGE.saved);
  encoding.writeVarUint8Array(encoder, snapshot);
  return encoding.toUint8Array(encoder);
}

/**
 * Sends a room's `saved` acknowledgements: encoded once per commit window;
 * at once to the connections whose own updates that commit stored, and
 * coalesced (at most every SAVED_FOR_OTHERS_MS) to everyone else.
 */
export class SavedFanOut {
  private snapshot: Uint8Array;
  private version = 0;
  private readonly seen = new WeakMap<CollabConnection, number>();
  private readonly authors = new WeakMap<object, CollabConnection>();
  private readonly ready = new Set<CollabConnection>();
  private scheduled = false;
  private othersTimer: NodeJS.Timeout | null = null;

  constructor(private readonly state: StoredState, private readonly connections: ReadonlySet<CollabConnection>, private readonly othersDelayMs = SAVED_FOR_OTHERS_MS) {
    this.snapshot = state.encode();
  }

  /** The latest `saved` message, for a connection that just joined. */
  get message(): Uint8Array {
    return savedMessage(this.snapshot);
  }

  /** Remembers which connection sent an update handed to the store. */
  authored(update: object, conn: CollabConnection): void {
    this.authors.set(update, conn);
  }

  /** Updates were committed here (the state already includes them). */
  committed(updates: readonly object[]): void {
    for (const update of updates) {
      const author = this.authors.get(update);
      if (author) this.ready.add(author);
    }
    this.schedule();
  }

  /** Another node committed updates of this document. */
  committedElsewhere(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.snapshot = this.state.encode();
      this.version += 1;
      const message = savedMessage(this.snapshot);
      for (const conn of this.ready) this.send(conn, message);
      this.ready.clear();
      if (!this.othersTimer) {
        this.othersTimer = setTimeout(() => this.sendToOthers(), this.othersDelayMs);
        this.othersTimer.unref();
      }
    });
  }

  private sendToOthers(): void {
    this.othersTimer = null;
    const message = savedMessage(this.snapshot);
    for (const conn of this.connections) if (this.seen.get(conn) !== this.version) this.send(conn, message);
  }

  private send(conn: CollabConnection, message: Uint8Array): void {
    if (!conn.wantsAcks || !this.connections.has(conn)) return;
    conn.send(message);
    this.seen.set(conn, this.version);
  }

  /** Stops the pending timer (the room is unloaded). */
  dispose(): void {
    if (this.othersTimer) clearTimeout(this.othersTimer);
    this.othersTimer = null;
  }
}
