import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

const run = promisify(execFile);
const serverDir = resolve(import.meta.dirname, '../../server');

describe('operations surface', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready', store: 'embedded' });
  });

  it('serves an OpenAPI document generated from the shared schemas, covering every route', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of server.routes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method], `${route.method} ${route.path}`).toBeDefined();
    }
    const login = doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(login.required).toEqual(['email', 'password']);
    expect(login.additionalProperties).toBe(false);
  });

  it('sends security headers and keeps patient data out of caches', async () => {
    const client = await signedIn(server.url, 'coordinator');
    const res = await client.get('/api/patients');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers unknown API routes with the one error shape', async () => {
    const res = await new ApiClient(server.url).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});

describe('configuration', () => {
  const start = (env: Record<string, string>) =>
    run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env: { ...process.env, ...env }, timeout: 20_000 })
      .then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }));

  it('refuses a bad value with one clear line and exit code 1', async () => {
    const result = await start({ PORT: 'eighty', DATA_DIR: '/tmp/carehuddle-bad-config' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Invalid configuration: PORT .+$/);
  });

  it('refuses an AUDIT_DIR inside DATA_DIR (the database could then rewrite its own seal) and a short AUDIT_KEY', async () => {
    const inside = await start({ DATA_DIR: '/tmp/carehuddle-bad-config', AUDIT_DIR: '/tmp/carehuddle-bad-config/seal' });
    expect(inside.code).toBe(1);
    expect(inside.stderr.trim()).toBe('Invalid configuration: AUDIT_DIR must be outside DATA_DIR');
    const short = await start({ DATA_DIR: '/tmp/carehuddle-bad-config', AUDIT_KEY: 'too-short' });
    expect(short.code).toBe(1);
    expect(short.stderr.trim()).toBe('Invalid configuration: AUDIT_KEY must be at least 32 characters');
  });

  it('requires SESSION_SECRET in production', async () => {
    const result = await start({ NODE_ENV: 'production', DATA_DIR: '/tmp/carehuddle-bad-config' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: SESSION_SECRET is required when NODE_ENV=production');
  });
});
