import { TrackingCategorySchema } from '@carehuddle/shared';
import { trusted } from 'mongoose';
import type { TrackedItemRecord, TrackingRepository } from '../port';
import type { Models } from './models';

interface Doc extends Omit<TrackedItemRecord, 'id'> { _id: string }
// Items stored before they had a category were all clinical; an unknown one is read as the strictest (it reaches fewer people, never more).
const categoryOf = (value: unknown) => (value === undefined || value === null ? 'clinical' : TrackingCategorySchema.catch('substanceUse').parse(value));
const toItem = ({ _id, ...d }: Doc): TrackedItemRecord => ({ id: _id, patientId: d.patientId, kind: d.kind, category: categoryOf(d.category), data: d.data, ownerId: d.ownerId ?? null, createdAt: d.createdAt, updatedAt: d.updatedAt });

/** Tracked coordination items in MongoDB. */
export function mongoTracking(m: Models): TrackingRepository {
  return {
    async insert(i) {
      const { id, ...rest } = i;
      await m.trackedItems.create({ _id: id, ...rest });
    },
    async find(patientId, id) {
      const d = await m.trackedItems.findOne({ _id: id, patientId }).lean<Doc>();
      return d ? toItem(d) : null;
    },
    async update(id, data, updatedAt) {
      await m.trackedItems.updateOne({ _id: id }, { $set: { data, updatedAt } });
    },
    async setOwner(id, ownerId, updatedAt) {
      await m.trackedItems.updateOne({ _id: id }, { $set: { ownerId, updatedAt } });
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return (await m.trackedItems.find({ patientId: trusted({ $in: [...ids] }) }).sort({ createdAt: 1 }).lean<Doc[]>()).map(toItem);
    },
  };
}
