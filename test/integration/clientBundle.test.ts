import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

// The test command builds the client before vitest runs; this reads that build.
const dist = resolve(import.meta.dirname, '../../client/dist');
const manifestPath = resolve(dist, '.vite/manifest.json');

interface Chunk { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[] }

function manifest(): Record<string, Chunk> {
  if (!existsSync(manifestPath)) throw new Error('client/dist has no build manifest: run `npx -y pnpm@10 --filter @carehuddle/client build` (the test command does) first');
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
}

/** The files a visit downloads: the entry, the routes' pages, and everything they import statically. */
function filesFor(chunks: Record<string, Chunk>, entries: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk) throw new Error(`no chunk ${key} in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  return files;
}

/** Bytes sent to a browser that accepts Brotli (files too small to be worth compressing are sent as they are). */
const brotliBytes = (files: Set<string>) => [...files].reduce((sum, file) => {
  const br = resolve(dist, `${file}.br`);
  return sum + statSync(existsSync(br) ? br : resolve(dist, file)).size;
}, 0);

describe('the client bundle', () => {
  it("a family caregiver's first visit (invitation, then the plan review) downloads under 250 KB of compressed script and style, without the editor", () => {
    const chunks = manifest();
    const files = filesFor(chunks, ['index.html', 'src/invite/InvitePage.tsx', 'src/review/ReviewPage.tsx']);
    const editor = chunks['src/plan/RichTextEditor.tsx']!.file;
    expect(files.has(editor)).toBe(false);
    expect(brotliBytes(files)).toBeLessThan(250 * 1024);
  });

  it('staff pages load the editor only where they edit: the plan page may, the worklist does not', () => {
    const chunks = manifest();
    const editor = chunks['src/plan/RichTextEditor.tsx']!.file;
    expect(filesFor(chunks, ['index.html', 'src/worklist/WorklistPage.tsx']).has(editor)).toBe(false);
    expect(chunks['src/pages/PlanPage.tsx']).toBeDefined();
  });
});

describe('serving the built client', () => {
  let server: TestServer;
  beforeAll(async () => {
    manifest();
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('sends the Brotli copy of a hashed asset with a year of immutable caching, and gzip to a browser without Brotli', async () => {
    const entry = manifest()['index.html']!.file;
    const br = await fetch(`${server.url}/${entry}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(Number(br.headers.get('content-length'))).toBe(statSync(resolve(dist, `${entry}.br`)).size);
    await br.arrayBuffer();
    const gz = await fetch(`${server.url}/${entry}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    await gz.arrayBuffer();
  });

  it('revalidates the page itself on every visit, so a new release is picked up at once', async () => {
    const page = await fetch(`${server.url}/patients/x`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');
  });
});
