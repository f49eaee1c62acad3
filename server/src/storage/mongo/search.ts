import { trusted } from 'mongoose';
import type { SearchEntryRecord, SearchRepository } from '../port';
import type { Models } from './models';
import { markedSnippet, markWords } from './searchMarks';

interface EntryDoc extends Omit<SearchEntryRecord, 'key'> { _id: string }
interface PatientDoc { _id: string; name: string; memberNumber: string; dateOfBirth: string }

/**
 * Every word must match: each is searched as a quoted phrase, and MongoDB
 * matches documents holding all the phrases (unquoted words would be OR-ed).
 */
const allWords = (words: readonly string[]) => trusted({ $search: words.map((w) => `"${w.replace(/"/g, '')}"`).join(' ') });
const byScore = { score: { $meta: 'textScore' } } as const;

/** The full-text index in MongoDB: text indexes on the passages and on patients. */
export function mongoSearch(m: Models): SearchRepository {
  return {
    async replaceGroup(group, entries) {
      // One transaction (the store runs as a replica set): a reader never sees the group half replaced.
      const session = await m.searchEntries.db.startSession();
      try {
        await session.withTransaction(async () => {
          await m.searchEntries.deleteMany({ group }, { session });
          if (entries.length > 0) await m.searchEntries.insertMany(entries.map(({ key, ...rest }) => ({ _id: key, ...rest })), { session });
          await m.searchStale.deleteOne({ _id: group }, { session });
        });
      } finally {
        await session.endSession();
      }
    },
    async markStale(group) {
      await m.searchStale.updateOne({ _id: group }, { $setOnInsert: { _id: group } }, { upsert: true });
    },
    async staleGroups(limit) {
      return (await m.searchStale.find({}).sort({ _id: 1 }).limit(limit).lean<Array<{ _id: string }>>()).map((d) => d._id);
    },
    async findEntries({ words, scopes, limit }) {
      if (words.length === 0 || scopes.length === 0) return [];
      const docs = await m.searchEntries.find({ $text: allWords(words), scope: trusted({ $in: [...scopes] }) }, byScore)
        .sort(byScore).limit(limit).lean<EntryDoc[]>();
      return docs.map((d) => ({
        key: d._id, kind: d.kind, patientId: d.patientId, scope: d.scope, ref: d.ref, title: markWords(d.title, words), snippet: markedSnippet(d.body, words),
      }));
    },
    async findPatients({ words, patientIds, limit }) {
      if (words.length === 0 || patientIds.length === 0) return [];
      const docs = await m.patients.find({ $text: allWords(words), _id: trusted({ $in: [...patientIds] }) }, { ...byScore, name: 1, memberNumber: 1, dateOfBirth: 1 })
        .sort(byScore).limit(limit).lean<PatientDoc[]>();
      return docs.map((d) => ({
        patientId: d._id, name: markWords(d.name, words), memberNumber: markWords(d.memberNumber, words), dateOfBirth: markWords(d.dateOfBirth, words),
      }));
    },
    async builtVersion() {
      return (await m.searchMeta.findById('builtVersion').lean<{ value: number }>())?.value ?? 0;
    },
    async startRebuild() {
      await m.searchMeta.deleteOne({ _id: 'builtVersion' });
      await m.searchEntries.deleteMany({});
      await m.searchStale.deleteMany({});
    },
    async finishRebuild(version) {
      await m.searchMeta.updateOne({ _id: 'builtVersion' }, { $set: { value: version } }, { upsert: true });
    },
  };
}
