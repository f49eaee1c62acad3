import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBenchServer, startLoadGenerator, type ServerKind } from '../bench/collab/processes';
import { connectRequest } from '../bench/collab/setup';

// Benchmarks are not tests: this only proves the `bench:collab` harness still starts each server and
// measures an edit end to end (one room, two clients, a few edits), so a re-run on a quiet machine works.
describe('the bench:collab harness', () => {
  for (const kind of ['carehuddle', 'stock', 'hocuspocus'] satisfies ServerKind[]) {
    it(`starts ${kind} in its own process and measures edits between two clients`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), `bench-smoke-${kind}-`));
      const server = await startBenchServer(kind, { DATA_DIR: dataDir });
      const generator = startLoadGenerator();
      try {
        await generator.request(await connectRequest([server], 1, 2));
        const answer = await generator.request({ type: 'run', rate: 20, warmupSeconds: 0, seconds: 0.5, presencePerClient: 0 });
        expect(answer.type).toBe('result');
        if (answer.type !== 'result') return;
        expect(answer.result.edits).toBeGreaterThan(0);
        expect(answer.result.p50).toBeGreaterThanOrEqual(0);
        if (kind === 'carehuddle') expect(answer.result.savedP50).toBeGreaterThanOrEqual(0);
        await generator.request({ type: 'close' });
      } finally {
        generator.kill();
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
