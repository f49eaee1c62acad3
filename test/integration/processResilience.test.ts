import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../support/http';
import { makeDataDir, removeDataDir, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

const FAULTS = resolve(import.meta.dirname, '../support/requestFaults.ts');

/** The server still serves: health, and a signed-in request. */
async function expectStillServing(url: string): Promise<void> {
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  const coordinator = await signedIn(url, 'coordinator');
  expect((await coordinator.get('/api/patients')).status).toBe(200);
}

describe('an error nobody caught does not end the process', () => {
  let proc: ServerProcess;
  const dataDir = makeDataDir();
  beforeAll(async () => {
    proc = await startServerProcess(dataDir, { LOG_LEVEL: 'error' }, [FAULTS]);
  });
  afterAll(async () => {
    await proc.kill('SIGTERM');
    removeDataDir(dataDir);
  });

  it('1. a request sets off an exception outside any handler; 2. it is logged; 3. the process keeps serving everyone', async () => {
    await (await fetch(`${proc.url}/__fault/throw`)).arrayBuffer();
    await waitFor(() => proc.output().includes('uncaught error contained'), 'the error to be logged');
    expect(proc.child.exitCode).toBeNull();
    await expectStillServing(proc.url);
  });

  it('1. a request leaves a promise rejected that nobody awaits; 2. it is logged; 3. the process keeps serving everyone', async () => {
    await (await fetch(`${proc.url}/__fault/reject`)).arrayBuffer();
    await waitFor(() => proc.output().includes('unhandled rejection contained'), 'the rejection to be logged');
    expect(proc.child.exitCode).toBeNull();
    await expectStillServing(proc.url);
  });
});

describe('an exception inside a request listener ends that request only', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('1. a listener throws while handling a Socket.IO request; 2. that request gets a 500 in the one error shape; 3. others are served', async () => {
    const throwing = () => { throw new Error('listener fault'); };
    server.httpServer.prependListener('request', throwing);
    try {
      const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=websocket`);
      expect(res.status).toBe(500);
      expect((await res.json()).error.code).toBe('internal');
    } finally {
      server.httpServer.off('request', throwing);
    }
    await expectStillServing(server.url);
  });
});
