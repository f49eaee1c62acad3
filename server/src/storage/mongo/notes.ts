import { trusted } from 'mongoose';
import type { NoteRecord, NoteRepository, ThreadRecord } from '../port';
import { unique, type Models } from './models';

interface ThreadDoc extends Omit<ThreadRecord, 'id'> { _id: string }
interface NoteDoc extends Omit<NoteRecord, 'id'> { _id: string }

const toThread = ({ _id, ...t }: ThreadDoc): ThreadRecord => ({
  id: _id, patientId: t.patientId, anchor: t.anchor, visibility: t.visibility, resolved: t.resolved, createdAt: t.createdAt, lastActivityAt: t.lastActivityAt, activitySeq: t.activitySeq,
});
const toNote = ({ _id, ...n }: NoteDoc): NoteRecord => ({
  id: _id, threadId: n.threadId, patientId: n.patientId, authorId: n.authorId, body: n.body, mentions: [...n.mentions], idempotencyKey: n.idempotencyKey,
  createdAt: n.createdAt, editedAt: n.editedAt ?? null, retractedBy: n.retractedBy ?? null, retractedAt: n.retractedAt ?? null, retractReason: n.retractReason ?? null,
});

/** Huddle notes in MongoDB. */
export function mongoNotes(m: Models): NoteRepository {
  return {
    async nextActivitySeq(patientId) {
      const counter = await m.noteCounters.findOneAndUpdate({ _id: patientId }, { $inc: { seq: 1 } }, { upsert: true, new: true }).lean<{ seq: number }>();
      return counter.seq;
    },
    async insertThread(t) {
      const { id, ...rest } = t;
      await m.threads.create({ _id: id, ...rest });
    },
    async insertNote(n) {
      const { id, ...rest } = n;
      await unique('note', () => m.notes.create({ _id: id, ...rest }));
    },
    async insertThreadWithNote(t, n) {
      const { id: threadId, ...thread } = t;
      const { id: noteId, ...note } = n;
      // One transaction (the store runs as a replica set): a duplicate key aborts it, so the thread is not stored either.
      const session = await m.threads.db.startSession();
      try {
        await unique('note', () => session.withTransaction(async () => {
          await m.notes.create([{ _id: noteId, ...note }], { session });
          await m.threads.create([{ _id: threadId, ...thread }], { session });
        }));
      } finally {
        await session.endSession();
      }
    },
    async findNoteByIdempotencyKey(authorId, key) {
      const d = await m.notes.findOne({ authorId, idempotencyKey: key }).lean<NoteDoc>();
      return d ? toNote(d) : null;
    },
    async findThread(patientId, threadId) {
      const d = await m.threads.findOne({ _id: threadId, patientId }).lean<ThreadDoc>();
      return d ? toThread(d) : null;
    },
    async findNote(patientId, noteId) {
      const d = await m.notes.findOne({ _id: noteId, patientId }).lean<NoteDoc>();
      return d ? toNote(d) : null;
    },
    async notesOf(threadIds) {
      if (threadIds.length === 0) return [];
      return (await m.notes.find({ threadId: trusted({ $in: [...threadIds] }) }).sort({ createdAt: 1, _id: 1 }).lean<NoteDoc[]>()).map(toNote);
    },
    async revisionCounts(noteIds) {
      if (noteIds.length === 0) return new Map();
      const rows = await m.noteRevisions.aggregate<{ _id: string; n: number }>([
        { $match: { noteId: { $in: [...noteIds] } } }, { $group: { _id: '$noteId', n: { $sum: 1 } } },
      ]);
      return new Map(rows.map((r) => [r._id, r.n]));
    },
    async touchThread(threadId, c) {
      await m.threads.updateOne({ _id: threadId }, { $set: { activitySeq: c.activitySeq, lastActivityAt: c.lastActivityAt, ...(c.resolved === undefined ? {} : { resolved: c.resolved }) } });
    },
    async editNote(noteId, c, revision) {
      // The revision goes first: if the edit then fails, the earlier text is kept twice, never lost.
      await m.noteRevisions.create(revision);
      await m.notes.updateOne({ _id: noteId }, { $set: { body: c.body, mentions: c.mentions, editedAt: c.editedAt } });
    },
    async retractNote(noteId, c) {
      await m.notes.updateOne({ _id: noteId }, { $set: c });
    },
    async listThreads(patientId, q) {
      const seq: Record<string, number> = {};
      if (q.before !== undefined) seq.$lt = q.before;
      if (q.after !== undefined) seq.$gt = q.after;
      const filter: Record<string, unknown> = { patientId };
      if (Object.keys(seq).length > 0) filter.activitySeq = trusted(seq);
      if (q.visibility) filter.visibility = q.visibility;
      return (await m.threads.find(filter).sort({ activitySeq: -1 }).limit(q.limit).lean<ThreadDoc[]>()).map(toThread);
    },
    async setReadMarker(threadId, userId, seq) {
      await m.readMarkers.updateOne({ threadId, userId }, { $max: { seq } }, { upsert: true });
    },
    async readMarkers(userId, threadIds) {
      if (threadIds.length === 0) return new Map();
      const rows = await m.readMarkers.find({ userId, threadId: trusted({ $in: [...threadIds] }) }).lean<Array<{ threadId: string; seq: number }>>();
      return new Map(rows.map((r) => [r.threadId, r.seq]));
    },
  };
}
