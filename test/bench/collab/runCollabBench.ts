import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../../../server/src/storage/sqlite/openSqliteStore';
import { coldOpenBenchmark } from './coldOpen';
import { startBenchServer, startLoadGenerator, type BenchServer, type ServerKind } from './processes';
import { connectRequest, CLIENTS_PER_ROOM, ROOMS } from './setup';
import type { ScenarioResult } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const COLD_UPDATES = Number(process.env.BENCH_COLD_UPDATES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const WARMUP = 2;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ALL_SCENARIOS = [
  { label: '500 edits/s', rate: 500, presence: 0 },
  { label: '1,500 edits/s', rate: 1500, presence: 0 },
  { label: '3,000 edits/s', rate: 3000, presence: 0 },
  { label: '4,500 edits/s', rate: 4500, presence: 0 },
  { label: '1,500 edits/s + presence 2/s per client', rate: 1500, presence: 2 },
];
// BENCH_RATES=3000,1500p (p: with presence) narrows the scenarios; BENCH_SCENARIOS_ONLY=1 skips the
// two-node and cold-open parts — both to profile one load quickly, never for the recorded results.
const RATES = process.env.BENCH_RATES?.split(',');
const RUN_SCENARIOS = RATES ? ALL_SCENARIOS.filter((s) => RATES.includes(`${s.rate}${s.presence ? 'p' : ''}`)) : ALL_SCENARIOS;
// BENCH_SERVERS=carehuddle (a comma list) narrows a run to some servers, e.g. to profile one of them.
const ALL_KINDS: ServerKind[] = ['stock', 'carehuddle', 'hocuspocus'];
const KINDS = process.env.BENCH_SERVERS ? ALL_KINDS.filter((k) => process.env.BENCH_SERVERS!.split(',').includes(k)) : ALL_KINDS;
const NAMES: Record<ServerKind, string> = { carehuddle: 'CareHuddle', stock: 'stock @y/websocket-server 0.1.1', hocuspocus: 'Hocuspocus 3.4 + SQLite' };

const out: string[] = [];
const print = (line = '') => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};
const f = (n: number | null) => (n === null || Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(1) : n.toFixed(0));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');

/** Connects 1,000 clients to one server (or two nodes), runs every scenario and measures idle memory. */
async function measure(servers: BenchServer[], scenarios = RUN_SCENARIOS): Promise<{ results: ScenarioResult[]; rooms: string[]; kibPerConnection: { heap: number; rss: number } }> {
  const before = await servers[0]!.memory();
  const generator = startLoadGenerator();
  const connect = await connectRequest(servers);
  await generator.request(connect);
  const connected = await servers[0]!.memory();
  const results: ScenarioResult[] = [];
  for (const s of scenarios) {
    const answer = await generator.request({ type: 'run', rate: s.rate, warmupSeconds: WARMUP, seconds: SECONDS, presencePerClient: s.presence });
    if (answer.type === 'result') results.push(answer.result);
  }
  await generator.request({ type: 'close' });
  const perConnection = (bytes: number) => bytes / 1024 / (ROOMS * CLIENTS_PER_ROOM / servers.length);
  return { results, rooms: connect.rooms, kibPerConnection: { heap: perConnection(connected.heap - before.heap), rss: perConnection(connected.rss - before.rss) } };
}

async function main(): Promise<void> {
  print(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${new Date().toISOString()}`);
  print(`Load: ${ROOMS} rooms × ${CLIENTS_PER_ROOM} clients, ${WARMUP} s warm-up + ${SECONDS} s measured per scenario, ${ROUNDS} rounds; load average at start ${load()}`);
  const table = new Map<string, Partial<Record<ServerKind, ScenarioResult[]>>>();
  const memory: Partial<Record<ServerKind, Array<{ heap: number; rss: number }>>> = {};
  for (let round = 0; round < ROUNDS; round += 1) {
    // Interleaved, and in a different order each round, so drift in the shared machine's load hits every server.
    const order = round % 2 === 0 ? KINDS : [...KINDS].reverse();
    for (const kind of order) {
      const dataDir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
      const server = await startBenchServer(kind, { DATA_DIR: dataDir });
      process.stderr.write(`round ${round + 1}: ${kind} (load ${load()})\n`);
      const { results, kibPerConnection } = await measure([server]);
      await server.stop();
      (memory[kind] ??= []).push(kibPerConnection);
      results.forEach((r, i) => {
        const row = table.get(RUN_SCENARIOS[i]!.label) ?? {};
        (row[kind] ??= []).push(r);
        table.set(RUN_SCENARIOS[i]!.label, row);
      });
    }
    print(`Round ${round + 1} done; load average ${load()}`);
  }

  print();
  print('| scenario | round | CareHuddle p50 / p99 ms | stock p50 / p99 ms | Hocuspocus p50 / p99 ms | CareHuddle p99 ÷ stock p99 | CareHuddle `saved` p50 / p99 ms | lost (CH / stock / HP) | achieved edits/s (CH) |');
  print('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, row] of table) {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [ch, st, hp] = (['carehuddle', 'stock', 'hocuspocus'] as const).map((k) => row[k]?.[round]);
      const pair = (r?: ScenarioResult) => (r ? `${f(r.p50)} / ${f(r.p99)}` : '—');
      print(`| ${label} | ${round + 1} | ${pair(ch)} | ${pair(st)} | ${pair(hp)} | ${ch && st ? (ch.p99 / st.p99).toFixed(2) : '—'} | ${ch ? `${f(ch.savedP50)} / ${f(ch.savedP99)}` : '—'} | ${ch?.lost ?? '—'} / ${st?.lost ?? '—'} / ${hp?.lost ?? '—'} | ${ch ? f(ch.achievedPerSecond) : '—'} |`);
    }
  }
  print();
  print('| server | idle memory per connection, JS heap + buffers (KiB) | idle memory per connection, RSS (KiB) |');
  print('| --- | --- | --- |');
  for (const kind of KINDS) print(`| ${NAMES[kind]} | ${(memory[kind] ?? []).map((m) => f(m.heap)).join(', ')} | ${(memory[kind] ?? []).map((m) => f(m.rss)).join(', ')} |`);

  if (process.env.BENCH_SCENARIOS_ONLY) return;
  // Two CareHuddle nodes and Redis, clients of each room split across them.
  const single = mkdtempSync(join(tmpdir(), 'bench-one-node-'));
  const oneNode = await startBenchServer('carehuddle', { DATA_DIR: single });
  process.stderr.write(`one node, then two nodes (load ${load()})\n`);
  const hopScenario = [ALL_SCENARIOS[1]!];
  const alone = (await measure([oneNode], hopScenario)).results[0]!;
  await oneNode.stop();
  const sharedDir = mkdtempSync(join(tmpdir(), 'bench-two-nodes-'));
  const nodeA = await startBenchServer('carehuddle', { DATA_DIR: sharedDir, REDIS_URL });
  const nodeB = await startBenchServer('carehuddle', { DATA_DIR: sharedDir, REDIS_URL });
  const twoNodes = await measure([nodeA, nodeB], hopScenario);
  const split = twoNodes.results[0]!;
  await Promise.all([nodeA.stop(), nodeB.stop()]);
  const store = openSqliteStore(sharedDir);
  let stored = 0;
  for (const name of twoNodes.rooms) stored += (await store.documents.load(name)).updates.length;
  await store.close();
  const rows = { rows: stored, sent: split.total };
  print();
  print('| 1,500 edits/s | p50 / p99 ms | `saved` p50 / p99 ms | lost |');
  print('| --- | --- | --- | --- |');
  print(`| one node | ${f(alone.p50)} / ${f(alone.p99)} | ${f(alone.savedP50)} / ${f(alone.savedP99)} | ${alone.lost} |`);
  print(`| two nodes + Redis | ${f(split.p50)} / ${f(split.p99)} | ${f(split.savedP50)} / ${f(split.savedP99)} | ${split.lost} |`);
  print(`Cross-node hop: +${f(split.p99 - alone.p99)} ms at p99. Stored rows with two nodes: ${rows.rows} for ${rows.sent} edits sent (${rows.rows === rows.sent ? 'one row per update' : 'MISMATCH'}).`);

  const cold = await coldOpenBenchmark(COLD_UPDATES, COLD_RUNS);
  print();
  print(`Cold open of a ${COLD_UPDATES.toLocaleString('en-US')}-update plan after a restart (connect → synced, ${cold.length} restarts): ${cold.map((t) => `${f(t)} ms`).join(', ')}`);
  print(`Load average at the end: ${load()}`);
  const results = fileURLToPath(new URL('../../../test-results/', import.meta.url));
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'bench-collab.md'), `${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
