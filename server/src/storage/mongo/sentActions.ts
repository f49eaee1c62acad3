import type { SentActionRecord, SentActionRepository } from '../port';
import { isDuplicateKey, type Models } from './models';

interface SentActionDoc extends SentActionRecord { _id: unknown }
const toRecord = (d: SentActionDoc): SentActionRecord => ({ userId: d.userId, key: d.key, fingerprint: d.fingerprint, answer: d.answer ?? null, createdAt: d.createdAt });

/** Keys of sent actions in MongoDB. */
export function mongoSentActions(m: Models): SentActionRepository {
  return {
    async claim(r) {
      try {
        await m.sentActions.create({ ...r, answer: null });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async find(userId, key) {
      // Strings only: an object that slipped past validation must find nothing, never act as an operator.
      if (typeof userId !== 'string' || typeof key !== 'string') return null;
      const d = await m.sentActions.findOne({ userId, key }).lean<SentActionDoc>();
      return d ? toRecord(d) : null;
    },
    async settle(userId, key, answer) {
      await m.sentActions.updateOne({ userId, key }, { $set: { answer } });
    },
    async release(userId, key) {
      await m.sentActions.deleteOne({ userId, key, answer: null });
    },
    async deleteOlderThan(before) {
      return (await m.sentActions.deleteMany({ createdAt: { $lt: before } })).deletedCount;
    },
  };
}
