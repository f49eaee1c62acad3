import { CLOSE_CODES, COLLAB_MESSAGE, MAX_COLLAB_MESSAGE_BYTES, type CloseReason } from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Actor } from '../../domain/actor';
import type { DocumentAccess } from '../../domain/policies/planDocumentPolicy';
import { presenceRole } from '../../domain/policies/teamDisplayPolicy';
import type { CollabRoom } from './collabRoom';
import { colorFor, rewriteAwareness, type PresenceClientDecision, type PresenceIdentity } from './awarenessIdentity';
import { TokenBucket } from '../tokenBucket';
import { decodeUpdateStrictly, sectionsTouched } from './updateInspection';
import { checkUpdate, type DecodedUpdate } from './updateRules';

/** Human-readable reasons sent with each close code. */
export const CLOSE_MESSAGES: Record<CloseReason, string> = {
  unauthenticated: 'Please sign in again.',
  forbidden: 'You do not have access to this document.',
  notFound: 'No such document.',
  messageTooLarge: 'Message too large.',
  rateLimited: 'Too many messages; slow down.',
  tooManyConnections: 'Too many open connections; close other tabs and try again.',
  badMessage: 'Malformed message; nothing of it was applied.',
  readOnly: 'Read-only: your role cannot edit this document.',
  protocolMismatch: 'Please reload: the app was updated.',
  accessRevoked: 'Your access to this document was withdrawn.',
  serverShutdown: 'The server is restarting; reconnecting shortly.',
  storageFailed: 'The document could not be loaded; try again shortly.',
};

/** Closes a websocket with one of our codes and its reason. */
export function closeWith(ws: WebSocket, reason: CloseReason): void {
  if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(CLOSE_CODES[reason], CLOSE_MESSAGES[reason]);
}

/** Per-connection limits. */
export interface ConnectionLimits {
  /** Messages of any kind: burst and refill per second. */
  burst: number;
  perSecond: number;
  /** Presence messages: their own, smaller budget. */
  presenceBurst: number;
  presencePerSecond: number;
  /** Distinct Yjs client ids one connection may show in presence (a tab has one). */
  presenceClientsPerConnection: number;
  /** Presence states a room holds; people beyond it edit without being shown. */
  presenceStatesPerRoom: number;
}

/** One websocket with one document open. */
export class CollabConnection {
  readonly isCollabConnection = true;
  readonly identity: PresenceIdentity;
  private readonly bucket: TokenBucket;
  private readonly presenceBucket: TokenBucket;
  /** The latest presence over the presence rate, waiting for a token (at most one per connection). */
  private deferredPresence: Uint8Array | null = null;
  private presenceTimer: NodeJS.Timeout | null = null;
  /** Client ids this connection has shown in presence. */
  private readonly presenceIds = new Set<number>();
  alive = true;

  constructor(
    readonly ws: WebSocket,
    readonly room: CollabRoom,
    readonly actor: Actor,
    readonly role: string,
    readonly access: Exclude<DocumentAccess, 'none'>,
    readonly wantsAcks: boolean,
    private readonly limits: ConnectionLimits,
    private readonly onActivity: (conn: CollabConnection) => void,
    /** The only sections this connection may change (planSectionPolicy), or null for the whole document. */
    readonly sectionLimit: ReadonlySet<string> | null = null,
  ) {
    // Presence shows a role that reveals restricted care only in documents the family never reads.
    this.identity = { userId: actor.userId, name: actor.name, role: presenceRole(role, room.plan?.audience ?? null), color: colorFor(actor.userId) };
    this.bucket = new TokenBucket(limits.burst, limits.perSecond);
    this.presenceBucket = new TokenBucket(limits.presenceBurst, limits.presencePerSecond);
  }

  /** Sends a message if the socket is open. */
  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(message, (error) => {
      if (error) this.ws.terminate();
    });
  }

  /** The opening handshake: our sync step 1, what this connection may do, presence, and what is saved. */
  start(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, COLLAB_MESSAGE.sync);
    syncProtocol.writeSyncStep1(encoder, this.room.doc);
    this.send(encoding.toUint8Array(encoder));
    if (this.wantsAcks) {
      const access = encoding.createEncoder();
      encoding.writeVarUint(access, COLLAB_MESSAGE.access);
      encoding.writeVarString(access, JSON.stringify({ access: this.access, user: this.identity }));
      this.send(encoding.toUint8Array(access));
      this.send(this.room.savedMessage);
    }
    const states = [...this.room.awareness.getStates().keys()];
    if (states.length > 0) {
      const aw = encoding.createEncoder();
      encoding.writeVarUint(aw, COLLAB_MESSAGE.awareness);
      encoding.writeVarUint8Array(aw, awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, states));
      this.send(encoding.toUint8Array(aw));
    }
  }

  /** Handles one incoming message; any violation closes the connection with its reason and applies nothing. */
  receive(data: Uint8Array): void {
    if (data.byteLength > MAX_COLLAB_MESSAGE_BYTES) return closeWith(this.ws, 'messageTooLarge');
    if (!this.bucket.take()) return closeWith(this.ws, 'rateLimited');
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === COLLAB_MESSAGE.sync) this.receiveSync(decoder);
      else if (type === COLLAB_MESSAGE.awareness) this.receiveAwareness(decoding.readVarUint8Array(decoder));
      else closeWith(this.ws, 'badMessage');
    } catch {
      closeWith(this.ws, 'badMessage');
    }
  }

  private receiveSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, COLLAB_MESSAGE.sync);
      syncProtocol.writeSyncStep2(encoder, this.room.doc, decoding.readVarUint8Array(decoder));
      this.send(encoding.toUint8Array(encoder));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      return closeWith(this.ws, 'badMessage');
    }
    const update = decoding.readVarUint8Array(decoder);
    const { decoded, empty } = decodeUpdateStrictly(update);
    if (empty) return;
    // Read-only roles' updates are neither applied, relayed nor stored.
    if (this.access !== 'write') return closeWith(this.ws, 'readOnly');
    // Judged by what Yjs would do with it, against the live document, before anything is applied.
    const owners = this.room.owners;
    const verdict = checkUpdate(decoded, this.room.doc, (client, known) => owners.mayUse(client, this.actor.userId, known));
    if (!verdict.ok) return closeWith(this.ws, 'badMessage');
    if (this.sectionLimit && !this.staysWithinLimit(decoded, this.sectionLimit)) return closeWith(this.ws, 'readOnly');
    owners.claim(verdict.clients, this.actor.userId, true);
    this.onActivity(this);
    Y.applyUpdate(this.room.doc, update, this);
  }

  /** Whether every change of an update falls in the sections this connection may write; unattributable changes do not. */
  private staysWithinLimit(update: DecodedUpdate, limit: ReadonlySet<string>): boolean {
    const touched = sectionsTouched(update, this.room.doc);
    return touched !== null && [...touched].every((section) => limit.has(section));
  }

  private receiveAwareness(update: Uint8Array): void {
    const room = this.room;
    let own = 0;
    const decide = (clientId: number, removed: boolean): PresenceClientDecision => {
      const mine = room.owners.mayUse(clientId, this.actor.userId, Y.getState(room.doc.store, clientId) > 0);
      if (!mine || (removed && room.presenceOwners.get(clientId) === undefined && !this.presenceIds.has(clientId))) return 'skip';
      if (!this.presenceIds.has(clientId)) {
        // One tab speaks for one client id; more is someone minting presence to fill the server's memory.
        if (this.presenceIds.size >= this.limits.presenceClientsPerConnection) throw new Error('too many presence client ids');
        if (!room.presenceOwners.has(clientId) && room.presenceOwners.size >= this.limits.presenceStatesPerRoom) return 'skip';
        this.presenceIds.add(clientId);
      }
      room.owners.claim([clientId], this.actor.userId, false);
      room.presenceOwners.set(clientId, this);
      own += 1;
      return 'own';
    };
    const rewritten = rewriteAwareness(update, this.identity, decide);
    // Stock clients echo everyone's presence back; only messages about the sender's own presence use its presence budget.
    if (own === 0) return;
    // Over its presence rate (a fast typist moves the caret on every key), a tab's presence is coalesced, not
    // refused: only its latest state waits, and is applied when the rate allows. Floods still meet the general budget.
    this.deferredPresence = rewritten;
    this.applyDeferredPresence();
  }

  private applyDeferredPresence(): void {
    if (this.deferredPresence === null || this.presenceTimer !== null || this.ws.readyState !== this.ws.OPEN) return;
    if (!this.presenceBucket.take()) {
      this.presenceTimer = setTimeout(() => {
        this.presenceTimer = null;
        this.applyDeferredPresence();
      }, Math.ceil(1000 / this.limits.presencePerSecond));
      this.presenceTimer.unref();
      return;
    }
    const update = this.deferredPresence;
    this.deferredPresence = null;
    awarenessProtocol.applyAwarenessUpdate(this.room.awareness, update, this);
  }
}
