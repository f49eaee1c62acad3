import type { DocumentRepository } from '../../storage/port';
import { CollabRoom, type RoomHooks } from './collabRoom';

/** Told when a document is loaded and unloaded (the cross-node relay subscribes and unsubscribes). */
export interface RoomWatcher {
  watch(name: string): Promise<void>;
  unwatch(name: string): Promise<void>;
}

/**
 * Loaded rooms by document name. Concurrent openers share one load; a room
 * with no connections is unloaded after a grace period, once it is saved.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<CollabRoom>>();
  private readonly ready = new Map<string, CollabRoom>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly repo: DocumentRepository,
    private readonly hooks: RoomHooks,
    private readonly graceMs: number,
    private readonly watcher?: RoomWatcher,
  ) {}

  /** The room for a document, loading it if needed. */
  async open(name: string): Promise<CollabRoom> {
    const timer = this.unloadTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(name);
    }
    let room = this.rooms.get(name);
    if (!room) {
      room = this.load(name);
      this.rooms.set(name, room);
      // A failed load must not leave a broken room behind: the next opener tries again.
      room.catch(() => this.rooms.delete(name));
    }
    return room;
  }

  private async load(name: string): Promise<CollabRoom> {
    // Subscribe before reading the store, so that no relayed update falls between the two.
    await this.watcher?.watch(name);
    const room = await CollabRoom.open(name, this.repo, this.hooks);
    this.ready.set(name, room);
    return room;
  }

  /** Names of the documents in memory now. */
  loadedNames(): string[] {
    return [...this.rooms.keys()];
  }

  /** A room that is loaded right now, if any. */
  loadedRoom(name: string): CollabRoom | undefined {
    return this.ready.get(name);
  }

  /** Loaded rooms right now. */
  async loaded(): Promise<CollabRoom[]> {
    const settled = await Promise.allSettled(this.rooms.values());
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  }

  /** Stores whatever a loaded document has accepted; nothing to do when it is not loaded. */
  async flushIfLoaded(name: string): Promise<void> {
    const room = this.rooms.get(name);
    if (room) await (await room).flush();
  }

  /** Called when a room loses its last connection. */
  scheduleUnload(room: CollabRoom): void {
    if (this.closed || room.connections.size > 0 || this.unloadTimers.has(room.name)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.name);
      if (room.connections.size > 0) return;
      room.flush().then(() => {
        if (room.connections.size > 0) return;
        this.rooms.delete(room.name);
        this.ready.delete(room.name);
        void this.watcher?.unwatch(room.name).catch(() => undefined);
        room.destroy();
      }, () => this.scheduleUnload(room));
    }, this.graceMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }

  /** Flushes every room and forgets them (shutdown). */
  async closeAll(): Promise<void> {
    this.closed = true;
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const rooms = await this.loaded();
    await Promise.allSettled(rooms.map((r) => r.flush()));
    for (const room of rooms) room.destroy();
    this.rooms.clear();
    this.ready.clear();
  }
}
