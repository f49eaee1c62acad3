import { createHash } from 'node:crypto';
import type { AuditEventInput, AuditRecord } from './records';

/** The hash that precedes the first record of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Fields in a fixed order so that the hash never depends on key order. */
function canonical(seq: number, prevHash: string, e: AuditEventInput): string {
  return JSON.stringify([
    seq, prevHash, e.at, e.userId, e.role, e.patientId, e.action, e.type,
    e.resourceType, e.resourceId, e.category, e.outcome, e.ip, e.sessionId, e.reason,
  ]);
}

/** Links an event to its predecessor: adapters call this inside their append transaction. */
export function chainAuditEvent(
  previous: Pick<AuditRecord, 'seq' | 'hash'> | null,
  event: AuditEventInput,
): AuditRecord {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  const hash = createHash('sha256').update(canonical(seq, prevHash, event)).digest('hex');
  return { ...event, seq, prevHash, hash };
}

/** Result of walking a chain: the first record that does not fit, if any. */
export type ChainVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; badSeq: number; problem: string };

/** Walks the chain and names the first altered, reordered or missing record. */
export async function verifyAuditChain(records: AsyncIterable<AuditRecord>): Promise<ChainVerdict> {
  let previous: AuditRecord | null = null;
  let count = 0;
  for await (const record of records) {
    const expectedSeq: number = previous ? previous.seq + 1 : 1;
    if (record.seq !== expectedSeq) {
      return { ok: false, count, badSeq: record.seq, problem: `expected record ${expectedSeq}, found ${record.seq} (a record was removed)` };
    }
    const recomputed = chainAuditEvent(previous, record);
    if (record.prevHash !== recomputed.prevHash) {
      return { ok: false, count, badSeq: record.seq, problem: 'link to the previous record is broken' };
    }
    if (record.hash !== recomputed.hash) {
      return { ok: false, count, badSeq: record.seq, problem: 'contents were altered' };
    }
    previous = record;
    count += 1;
  }
  return { ok: true, count };
}
