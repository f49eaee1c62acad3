import { DuplicateKeyError, type NoteRecord, type NoteRepository, type ThreadRecord } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const notesSchema = `
CREATE TABLE IF NOT EXISTS note_counters (patient_id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS threads (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, anchor TEXT NOT NULL, visibility TEXT NOT NULL,
  resolved INTEGER NOT NULL, created_at TEXT NOT NULL, last_activity_at TEXT NOT NULL, activity_seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS threads_by_activity ON threads (patient_id, activity_seq);
CREATE TABLE IF NOT EXISTS notes (
  id TEXT PRIMARY KEY, thread_id TEXT NOT NULL, patient_id TEXT NOT NULL, author_id TEXT NOT NULL, body TEXT NOT NULL,
  mentions TEXT NOT NULL, idempotency_key TEXT NOT NULL, created_at TEXT NOT NULL, edited_at TEXT,
  retracted_by TEXT, retracted_at TEXT, retract_reason TEXT,
  UNIQUE (author_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS notes_by_thread ON notes (thread_id, created_at);
CREATE TABLE IF NOT EXISTS note_revisions (note_id TEXT NOT NULL, body TEXT NOT NULL, edited_by TEXT NOT NULL, replaced_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS revisions_by_note ON note_revisions (note_id);
CREATE TABLE IF NOT EXISTS read_markers (thread_id TEXT NOT NULL, user_id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (thread_id, user_id));
-- Notes are clinical record: never deleted.
CREATE TRIGGER IF NOT EXISTS notes_no_delete BEFORE DELETE ON notes BEGIN SELECT RAISE(ABORT, 'notes are never deleted'); END;`;

interface ThreadRow { id: string; patient_id: string; anchor: string; visibility: ThreadRecord['visibility']; resolved: number; created_at: string; last_activity_at: string; activity_seq: number }
interface NoteRow { id: string; thread_id: string; patient_id: string; author_id: string; body: string; mentions: string; idempotency_key: string; created_at: string; edited_at: string | null; retracted_by: string | null; retracted_at: string | null; retract_reason: string | null }

const toThread = (r: ThreadRow): ThreadRecord => ({ id: r.id, patientId: r.patient_id, anchor: r.anchor, visibility: r.visibility, resolved: r.resolved === 1, createdAt: r.created_at, lastActivityAt: r.last_activity_at, activitySeq: r.activity_seq });
const toNote = (r: NoteRow): NoteRecord => ({
  id: r.id, threadId: r.thread_id, patientId: r.patient_id, authorId: r.author_id, body: r.body, mentions: JSON.parse(r.mentions) as string[],
  idempotencyKey: r.idempotency_key, createdAt: r.created_at, editedAt: r.edited_at, retractedBy: r.retracted_by, retractedAt: r.retracted_at, retractReason: r.retract_reason,
});
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** Huddle notes in the embedded store. */
export function sqliteNotes(db: SqliteDb): NoteRepository {
  const nextSeq = db.prepare<[string], { seq: number }>('INSERT INTO note_counters (patient_id, seq) VALUES (?, 1) ON CONFLICT(patient_id) DO UPDATE SET seq = seq + 1 RETURNING seq');
  const insertThread = db.prepare('INSERT INTO threads (id, patient_id, anchor, visibility, resolved, created_at, last_activity_at, activity_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertNote = db.prepare(`INSERT INTO notes (id, thread_id, patient_id, author_id, body, mentions, idempotency_key, created_at, edited_at, retracted_by, retracted_at, retract_reason)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byKey = db.prepare<[string, string], NoteRow>('SELECT * FROM notes WHERE author_id = ? AND idempotency_key = ?');
  const thread = db.prepare<[string, string], ThreadRow>('SELECT * FROM threads WHERE patient_id = ? AND id = ?');
  const note = db.prepare<[string, string], NoteRow>('SELECT * FROM notes WHERE patient_id = ? AND id = ?');
  const touch = db.prepare('UPDATE threads SET activity_seq = ?, last_activity_at = ?, resolved = COALESCE(?, resolved) WHERE id = ?');
  const addRevision = db.prepare('INSERT INTO note_revisions (note_id, body, edited_by, replaced_at) VALUES (?, ?, ?, ?)');
  const edit = db.prepare('UPDATE notes SET body = ?, mentions = ?, edited_at = ? WHERE id = ?');
  const retract = db.prepare('UPDATE notes SET retracted_by = ?, retracted_at = ?, retract_reason = ? WHERE id = ?');
  const setMarker = db.prepare('INSERT INTO read_markers (thread_id, user_id, seq) VALUES (?, ?, ?) ON CONFLICT(thread_id, user_id) DO UPDATE SET seq = MAX(seq, excluded.seq)');
  const threadWithNoteTx = db.transaction((t: ThreadRecord, n: NoteRecord) => {
    insertThread.run(t.id, t.patientId, t.anchor, t.visibility, t.resolved ? 1 : 0, t.createdAt, t.lastActivityAt, t.activitySeq);
    insertNote.run(n.id, n.threadId, n.patientId, n.authorId, n.body, JSON.stringify(n.mentions), n.idempotencyKey, n.createdAt, n.editedAt, n.retractedBy, n.retractedAt, n.retractReason);
  });
  const editTx = db.transaction((noteId: string, body: string, mentions: string, editedAt: string | null, rev: { body: string; editedBy: string; replacedAt: string }) => {
    addRevision.run(noteId, rev.body, rev.editedBy, rev.replacedAt);
    edit.run(body, mentions, editedAt, noteId);
  });
  return {
    async nextActivitySeq(patientId) {
      return nextSeq.get(patientId)!.seq;
    },
    async insertThread(t) {
      insertThread.run(t.id, t.patientId, t.anchor, t.visibility, t.resolved ? 1 : 0, t.createdAt, t.lastActivityAt, t.activitySeq);
    },
    async insertNote(n) {
      try {
        insertNote.run(n.id, n.threadId, n.patientId, n.authorId, n.body, JSON.stringify(n.mentions), n.idempotencyKey, n.createdAt, n.editedAt, n.retractedBy, n.retractedAt, n.retractReason);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('note');
        throw error;
      }
    },
    async insertThreadWithNote(t, n) {
      try {
        threadWithNoteTx(t, n);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('note');
        throw error;
      }
    },
    async findNoteByIdempotencyKey(authorId, key) {
      const row = byKey.get(authorId, key);
      return row ? toNote(row) : null;
    },
    async findThread(patientId, threadId) {
      if (!isKey(patientId) || !isKey(threadId)) return null;
      const row = thread.get(patientId, threadId);
      return row ? toThread(row) : null;
    },
    async findNote(patientId, noteId) {
      if (!isKey(patientId) || !isKey(noteId)) return null;
      const row = note.get(patientId, noteId);
      return row ? toNote(row) : null;
    },
    async notesOf(threadIds) {
      if (threadIds.length === 0) return [];
      return db.prepare<string[], NoteRow>(`SELECT * FROM notes WHERE thread_id IN (${placeholders(threadIds.length)}) ORDER BY created_at, rowid`).all(...threadIds).map(toNote);
    },
    async revisionCounts(noteIds) {
      if (noteIds.length === 0) return new Map();
      const rows = db.prepare<string[], { note_id: string; n: number }>(`SELECT note_id, COUNT(*) AS n FROM note_revisions WHERE note_id IN (${placeholders(noteIds.length)}) GROUP BY note_id`).all(...noteIds);
      return new Map(rows.map((r) => [r.note_id, r.n]));
    },
    async touchThread(threadId, c) {
      touch.run(c.activitySeq, c.lastActivityAt, c.resolved === undefined ? null : c.resolved ? 1 : 0, threadId);
    },
    async editNote(noteId, c, rev) {
      editTx(noteId, c.body, JSON.stringify(c.mentions), c.editedAt, rev);
    },
    async retractNote(noteId, c) {
      retract.run(c.retractedBy, c.retractedAt, c.retractReason, noteId);
    },
    async listThreads(patientId, q) {
      const where = ['patient_id = @patientId'];
      if (q.before !== undefined) where.push('activity_seq < @before');
      if (q.after !== undefined) where.push('activity_seq > @after');
      if (q.visibility) where.push('visibility = @visibility');
      return db.prepare<Record<string, unknown>, ThreadRow>(`SELECT * FROM threads WHERE ${where.join(' AND ')} ORDER BY activity_seq DESC LIMIT @limit`)
        .all({ patientId, before: q.before, after: q.after, visibility: q.visibility, limit: q.limit }).map(toThread);
    },
    async setReadMarker(threadId, userId, seq) {
      setMarker.run(threadId, userId, seq);
    },
    async readMarkers(userId, threadIds) {
      if (threadIds.length === 0) return new Map();
      const rows = db.prepare<string[], { thread_id: string; seq: number }>(`SELECT thread_id, seq FROM read_markers WHERE user_id = ? AND thread_id IN (${placeholders(threadIds.length)})`).all(userId, ...threadIds);
      return new Map(rows.map((r) => [r.thread_id, r.seq]));
    },
  };
}
