import { chainAuditEvent, type AuditKey } from './auditChain';
import type { AuditCheckpoint } from './auditCheckpoints';
import type { AuditRecord } from './records';

/** Result of walking a chain: the first record that does not fit, if any. */
export type ChainVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; badSeq: number; problem: string };

/**
 * Walks the chain and names the first altered, reordered or missing record.
 * With checkpoints (written outside the database), a removed tail or a wiped
 * table is caught too: the chain must reach the latest checkpoint, and hold
 * every checkpoint's hash at its sequence — so a wiped table that has since
 * grown past the old checkpoints is still caught.
 */
export async function verifyAuditChain(
  key: AuditKey, records: AsyncIterable<AuditRecord>, checkpoints: readonly AuditCheckpoint[] = [],
): Promise<ChainVerdict> {
  const bySeq = new Map<number, AuditCheckpoint[]>();
  for (const c of checkpoints) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);
  const checkpoint = checkpoints.reduce<AuditCheckpoint | null>((latest, c) => (!latest || c.seq >= latest.seq ? c : latest), null);
  let previous: AuditRecord | null = null;
  let count = 0;
  for await (const record of records) {
    const expectedSeq: number = previous ? previous.seq + 1 : 1;
    if (record.seq !== expectedSeq) {
      return { ok: false, count, badSeq: expectedSeq, problem: `expected record ${expectedSeq}, found ${record.seq} (a record was removed)` };
    }
    const recomputed = chainAuditEvent(key, previous, record);
    if (record.prevHash !== recomputed.prevHash) {
      return { ok: false, count, badSeq: record.seq, problem: 'link to the previous record is broken' };
    }
    if (record.hash !== recomputed.hash) {
      return { ok: false, count, badSeq: record.seq, problem: 'contents were altered' };
    }
    const differing = bySeq.get(record.seq)?.find((c) => c.hash !== record.hash);
    if (differing) {
      return { ok: false, count, badSeq: record.seq, problem: `does not match the checkpoint of ${differing.at} (the trail was rewritten)` };
    }
    previous = record;
    count += 1;
  }
  if (checkpoint && count < checkpoint.seq) {
    return {
      ok: false, count, badSeq: count + 1,
      problem: `missing: the checkpoint of ${checkpoint.at} vouches for ${checkpoint.seq} records, the trail ends at ${count} (records were removed)`,
    };
  }
  return { ok: true, count };
}
