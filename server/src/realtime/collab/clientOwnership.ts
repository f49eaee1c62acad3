import type { AttributionRecord } from '../../storage/port';
import { CLIENT_OWNER_KEY_PREFIX } from '../../domain/plans/planAttribution';

/** Owner of the room document's own client id: edits the server makes for users (`applyServerEdit`). */
const SERVER = Symbol('server');

/**
 * Ids one user may hold by presence alone (not written under yet) in one document: a tab each, with
 * room for reloads. Beyond it the oldest is let go, so no one can grow the table by minting ids.
 */
export const PRESENCE_CLAIMS_PER_USER = 16;

/**
 * Which user owns which Yjs client id in one document. A Yjs client id names
 * a stream of content (its structs, its GC ranges, what can be deleted ahead
 * of time): whoever may write under someone else's id can make that person's
 * later edits look "already known" and vanish. The first user to write or
 * announce presence with an id that the document has never seen owns it for
 * the life of the document; an honest y-websocket client keeps its id for the
 * life of its Y.Doc and reconnects with it, so ownership is per user, not per
 * connection. Write claims are persisted as attribution records
 * (`yjs-client:<id>`), so a restart or compaction does not free them.
 */
export class ClientOwnership {
  private readonly owners = new Map<number, string | typeof SERVER>();
  /** Claims made by writing that the store does not hold yet, by client id. */
  private readonly unpersisted = new Map<number, string>();
  private readonly persisted = new Set<number>();
  /** Ids held by presence only, oldest first, by user. */
  private readonly presenceOnly = new Map<string, number[]>();

  constructor(serverClientId: number) {
    this.owners.set(serverClientId, SERVER);
  }

  /** Restores persisted claims from a document's attribution records. */
  restore(records: readonly AttributionRecord[]): void {
    for (const { itemKey, userId } of records) {
      if (!itemKey.startsWith(CLIENT_OWNER_KEY_PREFIX)) continue;
      const client = Number(itemKey.slice(CLIENT_OWNER_KEY_PREFIX.length));
      if (!Number.isSafeInteger(client) || this.owners.has(client)) continue;
      this.owners.set(client, userId);
      this.persisted.add(client);
    }
  }

  /**
   * Whether `userId` may speak for `client`: it owns it, or nobody does and the
   * document holds nothing of it (`known` is false). Content of an id without a
   * recorded owner (the server's id before a restart) is never claimable.
   */
  mayUse(client: number, userId: string, known: boolean): boolean {
    const owner = this.owners.get(client);
    return owner === undefined ? !known : owner === userId;
  }

  /** Records that `userId` used these ids; `persist` for writes, so the claim reaches the store with them. */
  claim(clients: Iterable<number>, userId: string, persist: boolean): void {
    for (const client of clients) {
      const owner = this.owners.get(client);
      if (owner !== undefined && owner !== userId) continue;
      const held = this.presenceOnly.get(userId) ?? [];
      if (persist) {
        if (!this.persisted.has(client)) this.unpersisted.set(client, userId);
        if (held.includes(client)) this.presenceOnly.set(userId, held.filter((c) => c !== client));
      } else if (owner === undefined) {
        held.push(client);
        if (held.length > PRESENCE_CLAIMS_PER_USER) this.owners.delete(held.shift()!);
        this.presenceOnly.set(userId, held);
      }
      if (owner === undefined) this.owners.set(client, userId);
    }
  }

  /** Attribution keys of `userId`'s claims not yet stored; handed to the store with that user's update. */
  takeUnpersisted(userId: string): string[] {
    const keys: string[] = [];
    for (const [client, owner] of this.unpersisted) {
      if (owner !== userId) continue;
      this.unpersisted.delete(client);
      this.persisted.add(client);
      keys.push(`${CLIENT_OWNER_KEY_PREFIX}${client}`);
    }
    return keys;
  }
}
