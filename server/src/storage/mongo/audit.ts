import { trusted } from 'mongoose';
import { chainAuditEvent } from '../auditChain';
import type { AuditRecord, AuditRepository } from '../port';
import { isDuplicateKey, type Models } from './models';

const FIELDS = ['seq', 'at', 'userId', 'role', 'patientId', 'action', 'type', 'resourceType', 'resourceId', 'category', 'outcome', 'ip', 'sessionId', 'reason', 'prevHash', 'hash'] as const;

const toRecord = (d: AuditRecord): AuditRecord => Object.fromEntries(FIELDS.map((f) => [f, d[f] ?? null])) as unknown as AuditRecord;

/**
 * The audit chain in MongoDB. Appends read the head and insert the next link;
 * the unique `seq` index turns a race between nodes into a retry, never a fork.
 */
export function mongoAudit(m: Models): AuditRepository {
  return {
    async append(event) {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const head = await m.audit.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean<Pick<AuditRecord, 'seq' | 'hash'>>();
        const record = chainAuditEvent(head ?? null, event);
        try {
          await m.audit.create(record);
          return record;
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
        }
      }
      throw new Error('audit append kept colliding with concurrent appends');
    },
    async list(q) {
      const filter: Record<string, unknown> = { seq: trusted({ $gt: q.afterSeq ?? 0 }) };
      if (q.patientId !== undefined) filter.patientId = q.patientId;
      if (q.userId !== undefined) filter.userId = q.userId;
      return (await m.audit.find(filter).sort({ seq: 1 }).limit(q.limit).lean<AuditRecord[]>()).map(toRecord);
    },
    async *iterateAll() {
      let after = 0;
      for (;;) {
        const page = await m.audit.find({ seq: trusted({ $gt: after }) }).sort({ seq: 1 }).limit(1000).lean<AuditRecord[]>();
        if (page.length === 0) return;
        for (const d of page) yield toRecord(d);
        after = page[page.length - 1]!.seq;
      }
    },
  };
}
