import { trusted } from 'mongoose';
import { chainAuditEvent, type AuditKey } from '../auditChain';
import type { AuditEventInput, AuditQuery, AuditRecord, AuditRepository } from '../port';
import { isDuplicateKey, type Models } from './models';

const FIELDS = ['seq', 'at', 'userId', 'role', 'patientId', 'action', 'type', 'resourceType', 'resourceId', 'category', 'outcome', 'ip', 'sessionId', 'reason', 'prevHash', 'hash'] as const;

const toRecord = (d: AuditRecord): AuditRecord => Object.fromEntries(FIELDS.map((f) => [f, d[f] ?? null])) as unknown as AuditRecord;

/** The filter of a list query; operators are built here (trusted), values stay plain strings. */
function listFilter(q: AuditQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = { seq: trusted({ $gt: q.afterSeq ?? 0 }) };
  if (q.patientId !== undefined) filter.patientId = String(q.patientId);
  if (q.userId !== undefined) filter.userId = String(q.userId);
  if (q.from !== undefined || q.to !== undefined) {
    filter.at = trusted({ ...(q.from !== undefined ? { $gte: String(q.from) } : {}), ...(q.to !== undefined ? { $lt: String(q.to) } : {}) });
  }
  if (q.excludeCategories && q.excludeCategories.length > 0) {
    // A category and its sub-categories: `substanceUse` also hides `substanceUse/entries`.
    const names = q.excludeCategories.map((c) => String(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    filter.category = trusted({ $not: new RegExp(`^(${names})(/|$)`) });
  }
  return filter;
}

/**
 * The audit chain in MongoDB, sealed with the same keyed HMAC as the embedded
 * store. Appends read the head and insert the next link; the unique `seq`
 * index turns a race between nodes into a retry, never a fork. The
 * application's database user holds only find and insert on this collection
 * (`scripts/mongo-audit-role.js`), so it cannot update or delete records.
 */
export function mongoAudit(m: Models, key: AuditKey): AuditRepository {
  const appendOne = async (event: AuditEventInput): Promise<AuditRecord> => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const head = await m.audit.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean<Pick<AuditRecord, 'seq' | 'hash'>>();
      const record = chainAuditEvent(key, head ?? null, event);
      try {
        await m.audit.create(record);
        return record;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new Error('audit append kept colliding with concurrent appends');
  };
  return {
    append: appendOne,
    async appendMany(events) {
      // One link at a time: another node may append between two of them, and each link must see the real head.
      const records: AuditRecord[] = [];
      for (const event of events) records.push(await appendOne(event));
      return records;
    },
    async list(q) {
      return (await m.audit.find(listFilter(q)).sort({ seq: 1 }).limit(q.limit).lean<AuditRecord[]>()).map(toRecord);
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
