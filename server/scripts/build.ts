import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The production build: plain JavaScript in server/dist, run with `node
 * dist/main.js` and no TypeScript loader. Types are checked by `pnpm
 * typecheck` (tsc); esbuild emits, because our sources import
 * without file extensions and the `shared` workspace package ships as
 * TypeScript — both must be compiled in. Packages from node_modules stay
 * external (native modules, and the image installs production dependencies).
 * Entry points sit at dist/ depth, like src/, so paths resolved from
 * `import.meta` (client files, data directory, writer thread) are the same.
 */
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@carehuddle/'));

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts', 'src/storage/sqlite/writer/writerWorker.ts', 'src/cli/auditVerify.ts'],
  entryNames: '[name]',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  // Bundled CommonJS helpers may call require(); give ES modules one.
  banner: { js: "import { createRequire as __carehuddleRequire } from 'node:module'; const require = __carehuddleRequire(import.meta.url);" },
  logLevel: 'warning',
});
