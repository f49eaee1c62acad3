import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Minimum safe versions of the libraries on the attack surface, each above a
 * published advisory (ws DoS by many headers, socket.io-parser and engine.io
 * crashes from malformed packets, mongoose search injection via $where,
 * express open redirect / XSS in res.redirect, path-to-regexp ReDoS).
 */
const MINIMUM: Record<string, string> = {
  ws: '8.17.1',
  'socket.io': '4.8.0',
  'socket.io-parser': '4.2.4',
  'engine.io': '6.6.0',
  mongoose: '8.9.5',
  express: '5.0.1',
  'path-to-regexp': '8.0.0',
};

const lockfile = readFileSync(resolve(import.meta.dirname, '../../pnpm-lock.yaml'), 'utf8');

function versionsOf(name: string): string[] {
  const escaped = name.replace(/[.]/g, '\\.');
  return [...lockfile.matchAll(new RegExp(`^  '?${escaped}@(\\d+\\.\\d+\\.\\d+)[^:]*'?:`, 'gm'))].map((m) => m[1]!);
}

function atLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
}

describe('dependencies on the attack surface', () => {
  for (const [name, minimum] of Object.entries(MINIMUM)) {
    it(`${name} is at least ${minimum} everywhere in the lockfile`, () => {
      const found = [...new Set(versionsOf(name))];
      expect(found.length, `${name} not found in pnpm-lock.yaml`).toBeGreaterThan(0);
      for (const version of found) expect(atLeast(version, minimum), `${name}@${version}`).toBe(true);
    });
  }
});
