import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Samples, type ScenarioResult } from './stats';
import { Wire, type Protocol } from './wire';

/** What the orchestrator asks of the load generator (a separate process, so it never shares a core's event loop with a server). */
export type ToGenerator =
  | { type: 'connect'; endpoints: Array<{ url: string; headers: Record<string, string> }>; protocol: Protocol; rooms: string[]; clientsPerRoom: number }
  | { type: 'run'; rate: number; warmupSeconds: number; seconds: number; presencePerClient: number }
  | { type: 'close' };

/** The load generator's answers. */
export type FromGenerator = { type: 'connected'; ms: number } | { type: 'result'; result: ScenarioResult } | { type: 'closed' } | { type: 'error'; message: string };

/** One simulated client: its own document (only its own edits: cheap), its socket and its send times by clock. */
class Client {
  readonly doc = new Y.Doc({ gc: true });
  readonly sentAt: number[] = [];
  savedUpTo = 0;
  synced = false;
  presenceClock = 0;
  ws!: WebSocket;

  constructor(readonly wire: Wire, readonly roomSize: number) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') this.send(this.wire.sync(2, update));
    });
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message);
  }

  /** Makes one edit and returns its send time, the time its deliveries are measured from. */
  edit(): number {
    const sentAt = performance.now();
    this.sentAt[Y.getState(this.doc.store, this.doc.clientID)] = sentAt;
    this.doc.getText('summary').insert(0, 'x');
    return sentAt;
  }
}

const clients: Client[] = [];
const byId = new Map<number, Client>();
let window = { start: Infinity, end: -Infinity };
let latency = new Samples();
let saved = new Samples();
let delivered = 0;
const inWindow = (t: number | undefined) => t !== undefined && t >= window.start && t <= window.end;

function onMessage(client: Client, data: Uint8Array): void {
  const message = client.wire.read(data);
  const now = performance.now();
  if (message.kind === 'step1') client.send(client.wire.sync(1, Y.encodeStateAsUpdate(client.doc)));
  else if (message.kind === 'step2') client.synced = true;
  else if (message.kind === 'update') {
    const meta = Y.parseUpdateMeta(message.update);
    for (const [id, to] of meta.to) {
      const author = byId.get(id);
      if (!author || author === client) continue;
      for (let clock = meta.from.get(id) ?? 0; clock < to; clock += 1) {
        const t = author.sentAt[clock];
        if (!inWindow(t)) continue;
        latency.add(now - t!);
        delivered += 1;
      }
    }
  } else if (message.kind === 'saved') {
    const upTo = Y.decodeSnapshot(message.snapshot).sv.get(client.doc.clientID) ?? 0;
    for (let clock = client.savedUpTo; clock < upTo; clock += 1) {
      const t = client.sentAt[clock];
      if (inWindow(t)) saved.add(now - t!);
    }
    client.savedUpTo = Math.max(client.savedUpTo, upTo);
  }
}

async function connect(request: Extract<ToGenerator, { type: 'connect' }>): Promise<void> {
  const pending: Client[] = [];
  request.rooms.forEach((room, r) => {
    for (let j = 0; j < request.clientsPerRoom; j += 1) {
      const client = new Client(new Wire(request.protocol, room), request.clientsPerRoom);
      const endpoint = request.endpoints[(r + j) % request.endpoints.length]!;
      pending.push(client);
      clients.push(client);
      byId.set(client.doc.clientID, client);
      client.ws = Object.assign(new WebSocket(endpoint.url.replace('{doc}', room), { headers: endpoint.headers, perMessageDeflate: false }), { binaryType: 'nodebuffer' as const });
    }
  });
  await Promise.all(pending.map((client) => new Promise<void>((resolve, reject) => {
    client.ws.on('error', reject);
    client.ws.on('close', (code, reason) => reject(new Error(`closed ${code} ${reason.toString()}`)));
    client.ws.on('message', (data: Buffer) => {
      onMessage(client, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (client.synced) resolve();
    });
    client.ws.on('open', () => {
      const hello = client.wire.hello();
      if (hello) client.send(hello);
      client.send(client.wire.sync(0, Y.encodeStateVector(client.doc)));
    });
  })));
}

async function run(request: Extract<ToGenerator, { type: 'run' }>): Promise<ScenarioResult> {
  latency = new Samples();
  saved = new Samples();
  delivered = 0;
  const order = [...clients].sort(() => Math.random() - 0.5);
  const start = performance.now();
  window = { start: start + request.warmupSeconds * 1000, end: start + (request.warmupSeconds + request.seconds) * 1000 };
  let edits = 0;
  let measured = 0;
  let presence = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      if (now > window.end) {
        clearInterval(timer);
        resolve();
        return;
      }
      const elapsed = (now - start) / 1000;
      for (; edits < Math.floor(request.rate * elapsed); edits += 1) {
        // Counted by the edit's own send time, the same clock deliveries are matched by: a tick's
        // catch-up loop can straddle the window's edges, and counting by the tick's time then
        // reported edits sent just after the window as lost.
        if (inWindow(order[edits % order.length]!.edit())) measured += 1;
      }
      for (; presence < Math.floor(request.presencePerClient * order.length * elapsed); presence += 1) {
        const client = order[presence % order.length]!;
        // A caret as the rich-text editor sends it (relative positions in the document), so every server is
        // sent the same, valid presence; CareHuddle refuses states outside its presence schema.
        const caret = { tname: 'summary', item: { client: client.doc.clientID, clock: presence % 100 }, assoc: 0 };
        client.send(client.wire.awareness(client.doc.clientID, (client.presenceClock += 1), { cursor: { anchor: caret, head: caret } }));
      }
    }, 2);
  });
  const expected = measured * ((clients[0]?.roomSize ?? 1) - 1);
  const drainUntil = performance.now() + 3000;
  while (delivered < expected && performance.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    total: edits, edits: measured, achievedPerSecond: measured / request.seconds, p50: latency.percentile(50), p99: latency.percentile(99),
    lost: Math.max(0, expected - delivered), savedP50: saved.percentile(50), savedP99: saved.percentile(99),
  };
}

const reply = (message: FromGenerator) => process.send?.(message);
process.on('message', (request: ToGenerator) => {
  const work = async () => {
    if (request.type === 'connect') {
      const t = performance.now();
      await connect(request);
      reply({ type: 'connected', ms: performance.now() - t });
    } else if (request.type === 'run') reply({ type: 'result', result: await run(request) });
    else {
      for (const client of clients) client.ws.terminate();
      reply({ type: 'closed' });
      process.exit(0);
    }
  };
  work().catch((error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
});
