import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuditKey } from './auditChain';

/** The chain head at one moment, kept outside the database so a removed tail or a wiped table shows. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
}

/**
 * What the checkpoint file says: every authentic checkpoint (in sequence
 * order) and the latest, or that the file itself was tampered with.
 */
export type CheckpointReading = { ok: true; all: AuditCheckpoint[]; latest: AuditCheckpoint | null } | { ok: false; problem: string };

const mac = (key: AuditKey, c: AuditCheckpoint): string => createHmac('sha256', key).update(`checkpoint|${c.seq}|${c.hash}|${c.at}`).digest('hex');

/** Appends one checkpoint line (with its MAC) and flushes it to disk. */
export function appendCheckpoint(file: string, key: AuditKey, checkpoint: AuditCheckpoint): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const line = `${JSON.stringify({ ...checkpoint, mac: mac(key, checkpoint) })}\n`;
  appendFileSync(file, line, { mode: 0o600 });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function parseLine(line: string): (AuditCheckpoint & { mac: string }) | null {
  try {
    const v = JSON.parse(line) as Record<string, unknown>;
    if (typeof v.seq === 'number' && typeof v.hash === 'string' && typeof v.at === 'string' && typeof v.mac === 'string') {
      return { seq: v.seq, hash: v.hash, at: v.at, mac: v.mac };
    }
  } catch {
    // Reported below as an unreadable line.
  }
  return null;
}

/** Reads the checkpoint file; every line must carry a valid MAC, and the highest sequence is the latest (several nodes may write). */
export function readCheckpoints(file: string, key: AuditKey): CheckpointReading {
  if (!existsSync(file)) return { ok: true, all: [], latest: null };
  const all: AuditCheckpoint[] = [];
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const [i, line] of lines.entries()) {
    const parsed = parseLine(line);
    const expected = parsed ? Buffer.from(mac(key, parsed), 'hex') : null;
    const given = parsed ? Buffer.from(parsed.mac, 'hex') : null;
    if (!parsed || !expected || !given || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, problem: `checkpoint line ${i + 1} is not authentic (the checkpoint file was altered, or the key changed)` };
    }
    all.push({ seq: parsed.seq, hash: parsed.hash, at: parsed.at });
  }
  all.sort((a, b) => a.seq - b.seq);
  return { ok: true, all, latest: all[all.length - 1] ?? null };
}
