import { trusted } from 'mongoose';
import type { AttributionRecord, DocumentRepository, PlanApprovalRecord, PlanVersionRecord, PlanVersionRepository } from '../port';
import { MongoAppendBatcher } from './documentAppends';
import { unique, type Models } from './models';

const bytes = (b: Buffer | Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

interface UpdateDoc { seq: number; update: Buffer }

/** Collaborative documents in MongoDB: an ordered update log per document plus one snapshot. */
export function mongoDocuments(m: Models): DocumentRepository {
  const appends = new MongoAppendBatcher(m);
  return {
    async load(name) {
      const snap = await m.docSnapshots.findOne({ _id: name }).lean<{ snapshot: Buffer; uptoSeq: number }>();
      const updates = await m.docUpdates.find({ name, seq: trusted({ $gt: snap?.uptoSeq ?? 0 }) }).sort({ seq: 1 }).lean<UpdateDoc[]>();
      return { snapshot: snap ? bytes(snap.snapshot) : null, updates: updates.map((u) => ({ seq: u.seq, update: bytes(u.update) })) };
    },
    async append(name, updates, attribution = []) {
      return appends.append(name, updates, attribution);
    },
    async compact(name, snapshot, uptoSeq) {
      const result = await m.docSnapshots.updateOne(
        { _id: name, uptoSeq: trusted({ $lt: uptoSeq }) },
        { $set: { snapshot: Buffer.from(snapshot), uptoSeq } },
      );
      if (result.matchedCount === 0) {
        const exists = await m.docSnapshots.exists({ _id: name });
        if (exists) return;
        await unique('document snapshot', () => m.docSnapshots.create({ _id: name, snapshot: Buffer.from(snapshot), uptoSeq })).catch(() => undefined);
      }
      await m.docUpdates.deleteMany({ name, seq: trusted({ $lte: uptoSeq }) });
    },
    async tailLength(name) {
      const snap = await m.docSnapshots.findOne({ _id: name }, { uptoSeq: 1 }).lean<{ uptoSeq: number }>();
      return m.docUpdates.countDocuments({ name, seq: trusted({ $gt: snap?.uptoSeq ?? 0 }) });
    },
    async recordAttribution(name, entries) {
      if (entries.length === 0) return;
      await m.docAttribution.bulkWrite(entries.map((e) => ({
        updateOne: { filter: { name, itemKey: e.itemKey }, update: { $set: { userId: e.userId, at: e.at } }, upsert: true },
      })));
    },
    async attribution(name) {
      return (await m.docAttribution.find({ name }).lean<AttributionRecord[]>()).map((a) => ({ itemKey: a.itemKey, userId: a.userId, at: a.at }));
    },
  };
}

interface VersionDoc { _id: string; patientId: string; title: string; signedBy: string; signedAt: string; states: Record<string, Buffer> }

const meta = (d: VersionDoc) => ({ id: d._id, patientId: d.patientId, title: d.title, signedBy: d.signedBy, signedAt: d.signedAt });

/** Signed plan versions in MongoDB (insert and read only). */
export function mongoPlanVersions(m: Models): PlanVersionRepository {
  return {
    async create(v: PlanVersionRecord) {
      const states = Object.fromEntries(Object.entries(v.states).map(([k, b]) => [k, Buffer.from(b)]));
      await m.planVersions.create({ _id: v.id, patientId: v.patientId, title: v.title, signedBy: v.signedBy, signedAt: v.signedAt, states });
    },
    async listForPatient(patientId) {
      return (await m.planVersions.find({ patientId }, { states: 0 }).sort({ signedAt: -1 }).lean<VersionDoc[]>()).map(meta);
    },
    async find(patientId, id) {
      const d = await m.planVersions.findOne({ _id: id, patientId }).lean<VersionDoc>();
      if (!d) return null;
      return { ...meta(d), states: Object.fromEntries(Object.entries(d.states).map(([k, b]) => [k, bytes(b)])) };
    },
    async approve(a: PlanApprovalRecord) {
      // An upsert that only inserts: approving twice leaves the first approval (and its date) as it was.
      const result = await m.planApprovals.updateOne({ versionId: a.versionId, approvedBy: a.approvedBy }, { $setOnInsert: { ...a } }, { upsert: true });
      return result.upsertedCount === 1;
    },
    async approvals(patientId) {
      const docs = await m.planApprovals.find({ patientId }).sort({ approvedAt: 1 }).lean<PlanApprovalRecord[]>();
      return docs.map((d) => ({ patientId: d.patientId, versionId: d.versionId, approvedBy: d.approvedBy, approvedAt: d.approvedAt }));
    },
  };
}
