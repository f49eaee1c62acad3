import type { ReconciliationRecord, ReconciliationRepository } from '../port';
import type { Models } from './models';

interface Doc extends Omit<ReconciliationRecord, 'id'> { _id: string }
const toRecord = ({ _id, ...d }: Doc): ReconciliationRecord => ({
  id: _id, patientId: d.patientId, status: d.status, data: d.data, revision: d.revision, createdAt: d.createdAt, updatedAt: d.updatedAt,
});

/** Medication reconciliations in MongoDB. */
export function mongoReconciliations(m: Models): ReconciliationRepository {
  return {
    async insert(r) {
      const { id, ...rest } = r;
      await m.reconciliations.create({ _id: id, ...rest });
    },
    async find(patientId, id) {
      const d = await m.reconciliations.findOne({ _id: id, patientId }).lean<Doc>();
      return d ? toRecord(d) : null;
    },
    async listForPatient(patientId) {
      return (await m.reconciliations.find({ patientId }).sort({ createdAt: -1, _id: 1 }).lean<Doc[]>()).map(toRecord);
    },
    async update(id, change, expectedRevision) {
      // Matching on revision and status makes the write conditional in one atomic step.
      const result = await m.reconciliations.updateOne(
        { _id: id, revision: expectedRevision, status: 'in_progress' },
        { $set: { data: change.data, status: change.status, updatedAt: change.updatedAt }, $inc: { revision: 1 } },
      );
      return result.modifiedCount === 1;
    },
  };
}
