import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../../logger';

const PREFIX = 'carehuddle:collab:';
const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const KIND_STORED = 2;

/** Where relayed messages are delivered on this node. */
export interface RelayTarget {
  applyUpdate(docName: string, update: Uint8Array, userId: string): void;
  applyAwareness(docName: string, update: Uint8Array): void;
  /** Another node committed updates of this document (a `StoredState` description). */
  applyStored(docName: string, description: Uint8Array): void;
}

/**
 * Carries accepted Yjs updates (with their author), presence and commit
 * notices between server nodes through Redis pub/sub. Only the node that
 * accepted an update from its client stores it (one durable write per
 * update, whatever the node count); after each commit it publishes what it
 * stored, so every other node can acknowledge to its own clients exactly what
 * is durable.
 */
export class RedisRelay {
  private readonly nodeId = Buffer.from(randomUUID());
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(url: string, private readonly target: RelayTarget, logger: Logger) {
    this.pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    for (const client of [this.pub, this.sub]) client.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis relay error'));
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
  }

  /** Starts receiving a document's messages; call before loading it so nothing falls in between. */
  async watch(docName: string): Promise<void> {
    await this.sub.subscribe(PREFIX + docName);
  }

  /** Stops receiving a document's messages (it was unloaded). */
  async unwatch(docName: string): Promise<void> {
    await this.sub.unsubscribe(PREFIX + docName);
  }

  /** Publishes an update this node accepted. */
  publishUpdate(docName: string, update: Uint8Array, userId: string): void {
    const author = Buffer.from(userId);
    this.publish(docName, KIND_UPDATE, Buffer.concat([Buffer.from([author.length]), author, update]));
  }

  /** Publishes a presence change from a client of this node. */
  publishAwareness(docName: string, update: Uint8Array): void {
    this.publish(docName, KIND_AWARENESS, update);
  }

  /** Publishes what this node just committed of a document. */
  publishStored(docName: string, description: Uint8Array): void {
    this.publish(docName, KIND_STORED, description);
  }

  private publish(docName: string, kind: number, payload: Uint8Array): void {
    void this.pub.publish(PREFIX + docName, Buffer.concat([Buffer.from([kind]), this.nodeId, payload])).catch(() => undefined);
  }

  private receive(channel: string, message: Buffer): void {
    if (!channel.startsWith(PREFIX) || message.length < 1 + this.nodeId.length) return;
    if (message.subarray(1, 1 + this.nodeId.length).equals(this.nodeId)) return;
    const docName = channel.slice(PREFIX.length);
    const payload = new Uint8Array(message.subarray(1 + this.nodeId.length));
    if (message[0] === KIND_UPDATE) {
      const authorLength = payload[0] ?? 0;
      const userId = Buffer.from(payload.subarray(1, 1 + authorLength)).toString();
      this.target.applyUpdate(docName, payload.subarray(1 + authorLength), userId);
    }
    else if (message[0] === KIND_AWARENESS) this.target.applyAwareness(docName, payload);
    else if (message[0] === KIND_STORED) this.target.applyStored(docName, payload);
  }

  /** Closes both connections. */
  async close(): Promise<void> {
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}
