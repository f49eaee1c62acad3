import { parsePlanDocumentName, parseScreeningDocumentName, type PlanDocumentName, type ScreeningDocumentName } from '@carehuddle/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { DocumentRepository, DocumentUpdateInput, StoredDocument } from '../../storage/port';
import type { CollabConnection } from './collabConnection';
import { ClientOwnership } from './clientOwnership';
import { encodeSyncMessage } from './earlySync';
import { PresenceBatcher } from './presenceBatcher';
import { loadDocument, PersistQueue } from './roomPersistence';
import { SavedFanOut } from './savedFanOut';
import { StoredState } from './storedState';
import { changedItemKeys } from './updateInspection';

/** Hooks a room reports through (logging, audit coalescing, cross-node relay). */
export interface RoomHooks {
  onEdit(room: CollabRoom, conn: CollabConnection, itemKeys: readonly string[]): void;
  onStoreFailure(room: CollabRoom, error: unknown): void;
  /** An accepted local update or awareness change, for other nodes. */
  onLocalUpdate?(room: CollabRoom, update: Uint8Array, userId: string): void;
  onLocalAwareness?(room: CollabRoom, update: Uint8Array): void;
  /** This node committed updates (described by `StoredState.describe`, made by `authors`), for other nodes' acknowledgements and the task list. */
  onStored?(room: CollabRoom, description: Uint8Array, authors: readonly string[]): void;
}

/** One loaded document with the connections that have it open. */
export class CollabRoom {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<CollabConnection>();
  /** Which connection shows which Yjs client id in presence (removed with it). */
  readonly presenceOwners = new Map<number, CollabConnection>();
  /** Which user owns which Yjs client id of this document, for content and presence alike. */
  readonly owners = new ClientOwnership(this.doc.clientID);
  private queue!: PersistQueue;
  private readonly presence = new PresenceBatcher(this.awareness, (message) => {
    for (const conn of this.connections) conn.send(message);
  }, (update) => this.hooks.onLocalAwareness?.(this, update));
  private storedState!: StoredState;
  private saved!: SavedFanOut;
  /** Whether the document has changed since it was loaded (it no longer equals the stored bytes it was read from). */
  private changed = false;
  /** Accepted local updates not yet stored, with the connection that sent them (null: a server edit). */
  private readonly awaitingRelay = new WeakMap<DocumentUpdateInput, CollabConnection | null>();

  /** What the name says the document is, parsed once: every edit's audit and projection ask. */
  readonly plan: PlanDocumentName | null;
  readonly screening: ScreeningDocumentName | null;

  private constructor(readonly name: string, private readonly hooks: RoomHooks) {
    this.plan = parsePlanDocumentName(name);
    this.screening = parseScreeningDocumentName(name);
    // The server's own presence slot is unused.
    this.awareness.setLocalState(null);
  }

  /** Loads a room from the store; throws (and no room exists) if the store cannot be read. */
  static async open(name: string, repo: DocumentRepository, hooks: RoomHooks, onRead?: (stored: StoredDocument) => void): Promise<CollabRoom> {
    const room = new CollabRoom(name, hooks);
    const tail = await loadDocument(repo, name, room.doc, onRead);
    room.owners.restore(await repo.attribution(name));
    room.storedState = StoredState.ofLoaded(room.doc);
    room.saved = new SavedFanOut(room.storedState, room.connections);
    room.queue = new PersistQueue(repo, name, (updates) => room.storedHere(updates), (e) => hooks.onStoreFailure(room, e), tail);
    room.doc.on('update', (update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => room.relay(update, origin, tr));
    room.awareness.on('update', (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) =>
      room.relayAwareness(change, origin));
    return room;
  }

  /**
   * A local edit is relayed to peers (here and, through Redis, on other nodes)
   * only once it is stored: no client ever holds another person's edit that a
   * crash could take from the server. Otherwise, after a crash, that client
   * would hand the lost edit back under its author's Yjs client id — which the
   * server must refuse from anyone but the author (client ids are owned), and
   * the client could never sync again. Group commit keeps the wait to one
   * commit window; an edit relayed from another node was stored there already.
   */
  private relay(update: Uint8Array, origin: unknown, tr: Y.Transaction): void {
    this.changed = true;
    if (isConnection(origin)) {
      const keys = changedItemKeys(tr);
      const input = { update, userId: origin.actor.userId, at: new Date().toISOString() };
      this.saved.authored(input, origin);
      this.awaitingRelay.set(input, origin);
      // New client-id claims are stored with the first update written under them.
      this.queue.add(input, [...keys, ...this.owners.takeUnpersisted(origin.actor.userId)]);
      this.hooks.onEdit(this, origin, keys);
    } else if (origin instanceof ServerEditOrigin) {
      const input = { update, userId: origin.userId, at: new Date().toISOString() };
      this.awaitingRelay.set(input, null);
      this.queue.add(input, changedItemKeys(tr));
    } else if (origin instanceof RemoteOrigin) {
      const message = syncMessage(update);
      for (const conn of this.connections) conn.send(message);
    }
  }

  private relayAwareness(change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    this.presence.note([...change.added, ...change.updated, ...change.removed], isConnection(origin));
  }

  private storedHere(updates: readonly DocumentUpdateInput[]): void {
    for (const stored of updates) {
      if (!this.awaitingRelay.has(stored)) continue;
      const author = this.awaitingRelay.get(stored);
      this.awaitingRelay.delete(stored);
      const message = syncMessage(stored.update);
      for (const conn of this.connections) if (conn !== author) conn.send(message);
      this.hooks.onLocalUpdate?.(this, stored.update, stored.userId);
    }
    const description = StoredState.describe(updates.map((u) => u.update));
    this.storedState.add(description);
    this.hooks.onStored?.(this, description, updates.map((u) => u.userId));
    this.saved.committed(updates);
  }

  /** Another node committed updates of this document. */
  storedElsewhere(description: Uint8Array): void {
    this.storedState.add(description);
    this.saved.committedElsewhere();
  }

  /** Whether the content differs from the stored bytes the room was loaded from (see `earlySync.ts`). */
  get changedSinceOpen(): boolean {
    return this.changed;
  }

  /** What is durably stored, for a newly joined connection. */
  get savedMessage(): Uint8Array {
    return this.saved.message;
  }

  /** Applies an update that arrived from another node (which stores it). */
  applyRemote(update: Uint8Array, userId: string): void {
    // The other node checked ownership; this node learns it, so the author keeps the ids here too.
    const { structs } = Y.decodeUpdate(update);
    this.owners.claim(new Set(structs.filter((s) => !(s instanceof Y.Skip)).map((s) => s.id.client)), userId, true);
    Y.applyUpdate(this.doc, update, new RemoteOrigin(userId));
  }

  /** Applies presence that arrived from another node. */
  applyRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, 'remote');
  }

  /** Makes an edit on the server on behalf of a user: stored, attributed and relayed like a client's edit. */
  applyServerEdit(userId: string, edit: (doc: Y.Doc) => void): void {
    Y.transact(this.doc, () => edit(this.doc), new ServerEditOrigin(userId));
  }

  /** Writes out everything accepted so far. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** Whether accepted updates are still waiting for the store. */
  get hasUnsaved(): boolean {
    return this.queue.hasPending;
  }

  /** Removes a connection and its presence. */
  remove(conn: CollabConnection): void {
    this.connections.delete(conn);
    const owned = [...this.presenceOwners].filter(([, c]) => c === conn).map(([id]) => id);
    for (const id of owned) this.presenceOwners.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, owned, 'server');
  }

  /** Frees memory once the room is unloaded. */
  destroy(): void {
    this.queue.dispose();
    this.presence.dispose();
    this.saved.dispose();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** Marks a transaction as a server-side edit made for a user. */
class ServerEditOrigin {
  constructor(readonly userId: string) {}
}

/** Marks a transaction as an update relayed from another node, with its author. */
class RemoteOrigin {
  constructor(readonly userId: string) {}
}

function isConnection(origin: unknown): origin is CollabConnection {
  return typeof origin === 'object' && origin !== null && 'isCollabConnection' in origin;
}

/** A sync "update" message. */
export function syncMessage(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(syncProtocol.messageYjsUpdate, update);
}
