import { createHmac } from 'node:crypto';
import type { AuditEventInput, AuditRecord } from './records';

/** The hash that precedes the first record of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The key the chain is sealed with. It lives outside the database (AUDIT_KEY or
 * a key file in AUDIT_DIR), so someone who can rewrite the database cannot
 * recompute the links of an edited record.
 */
export type AuditKey = Buffer;

/** Fields in a fixed order so that the hash never depends on key order. */
function canonical(seq: number, prevHash: string, e: AuditEventInput): string {
  return JSON.stringify([
    seq, prevHash, e.at, e.userId, e.role, e.patientId, e.action, e.type,
    e.resourceType, e.resourceId, e.category, e.outcome, e.ip, e.sessionId, e.reason,
  ]);
}

/** Links an event to its predecessor with an HMAC: adapters call this inside their append transaction. */
export function chainAuditEvent(
  key: AuditKey,
  previous: Pick<AuditRecord, 'seq' | 'hash'> | null,
  event: AuditEventInput,
): AuditRecord {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  const hash = createHmac('sha256', key).update(canonical(seq, prevHash, event)).digest('hex');
  return { ...event, seq, prevHash, hash };
}

/** Chains several events after one head, in order (one transaction in the adapter). */
export function chainAuditEvents(
  key: AuditKey,
  previous: Pick<AuditRecord, 'seq' | 'hash'> | null,
  events: readonly AuditEventInput[],
): AuditRecord[] {
  const out: AuditRecord[] = [];
  let head = previous;
  for (const event of events) {
    const record = chainAuditEvent(key, head, event);
    out.push(record);
    head = record;
  }
  return out;
}
