import type { DocumentRepository, StoredDocument } from '../../storage/port';
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
  /** For documents being loaded whose bytes are not read yet: who wants to see them first (`earlySync.ts`). */
  private readonly earlyReaders = new Map<string, Array<(stored: StoredDocument) => void>>();
  /** For documents being loaded: what arrived from other nodes meanwhile, applied in order once loaded. */
  private readonly deferred = new Map<string, Array<(room: CollabRoom) => void>>();
  private closed = false;

  constructor(
    private readonly repo: DocumentRepository,
    private readonly hooks: RoomHooks,
    private readonly graceMs: number,
    private readonly watcher?: RoomWatcher,
  ) {}

  /**
   * The room for a document, loading it if needed. `onRead`, if given, sees the
   * stored bytes before the room integrates them — only when this open is
   * the one that reads them (a room already loaded, or read, skips it).
   */
  async open(name: string, onRead?: (stored: StoredDocument) => void): Promise<CollabRoom> {
    const timer = this.unloadTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(name);
    }
    let room = this.rooms.get(name);
    if (!room) this.earlyReaders.set(name, []);
    if (onRead) this.earlyReaders.get(name)?.push(onRead);
    if (!room) {
      room = this.load(name);
      this.rooms.set(name, room);
      // A failed load must not leave a broken room behind: the next opener tries again.
      room.catch(() => this.rooms.delete(name));
    }
    return room;
  }

  private async load(name: string): Promise<CollabRoom> {
    this.deferred.set(name, []);
    try {
      // Subscribe before reading the store, so that no relayed update falls between the two.
      await this.watcher?.watch(name);
      const room = await CollabRoom.open(name, this.repo, this.hooks, (stored) => {
        const readers = this.earlyReaders.get(name) ?? [];
        this.earlyReaders.delete(name);
        for (const reader of readers) reader(stored);
      });
      this.ready.set(name, room);
      // Updates other nodes committed while this one read and integrated the stored state.
      for (const deliver of this.deferred.get(name) ?? []) deliver(room);
      return room;
    } finally {
      this.earlyReaders.delete(name);
      this.deferred.delete(name);
    }
  }

  /**
   * Runs `deliver` on a document's room: now if it is loaded, once it is if it
   * is loading (in arrival order), not at all if this node does not have it open.
   */
  whenLoaded(name: string, deliver: (room: CollabRoom) => void): void {
    const room = this.ready.get(name);
    if (room) deliver(room);
    else this.deferred.get(name)?.push(deliver);
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
