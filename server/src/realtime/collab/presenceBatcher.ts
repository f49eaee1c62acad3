import { COLLAB_MESSAGE } from '@carehuddle/shared';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';

/** How often a room relays presence at most: carets stay fluid, and a busy room sends ~13 messages a second, not one per keystroke per person. */
export const PRESENCE_FLUSH_MS = 75;

/**
 * Coalesces a room's presence changes and relays them at most every
 * PRESENCE_FLUSH_MS as one awareness message, encoded once for the whole room
 * rather than once per change and connection. Each client id is sent with its
 * latest state (or its removal), so nothing is lost by coalescing.
 */
export class PresenceBatcher {
  private readonly changed = new Set<number>();
  /** Changes made by this node's connections, for the other nodes. */
  private readonly local = new Set<number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly publish: (update: Uint8Array) => void,
  ) {}

  /** Notes changed client ids; `local` when a connection of this node made the change. */
  note(clientIds: readonly number[], local: boolean): void {
    for (const id of clientIds) {
      this.changed.add(id);
      if (local) this.local.add(id);
    }
    if (this.timer || this.changed.size === 0) return;
    this.timer = setTimeout(() => this.flush(), PRESENCE_FLUSH_MS);
    this.timer.unref();
  }

  private flush(): void {
    this.timer = null;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.changed]);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, COLLAB_MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, update);
    this.broadcast(encoding.toUint8Array(encoder));
    if (this.local.size > 0) this.publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.local]));
    this.changed.clear();
    this.local.clear();
  }

  /** Stops the pending relay (the room is unloaded). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
