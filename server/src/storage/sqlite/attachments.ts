import { DuplicateKeyError, type AttachmentRecord, type AttachmentRepository } from '../port';
import type { AttachmentFiles } from './attachmentFiles';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const attachmentsSchema = `
CREATE TABLE IF NOT EXISTS attachments (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, target TEXT NOT NULL, target_key TEXT NOT NULL, file_name TEXT NOT NULL,
  content_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attachments_by_target ON attachments (patient_id, target_key);
CREATE INDEX IF NOT EXISTS attachments_by_patient ON attachments (patient_id, uploaded_at);
-- An attached file is a record of what the team was given: never rewritten.
CREATE TRIGGER IF NOT EXISTS attachments_no_update BEFORE UPDATE ON attachments BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;`;

interface Row {
  id: string; patient_id: string; target: string; target_key: string; file_name: string; content_type: string; size: number;
  sha256: string; uploaded_by: string; uploaded_at: string;
}
const toAttachment = (r: Row): AttachmentRecord => ({
  id: r.id, patientId: r.patient_id, target: r.target, targetKey: r.target_key, fileName: r.file_name, contentType: r.content_type,
  size: r.size, sha256: r.sha256, uploadedBy: r.uploaded_by, uploadedAt: r.uploaded_at,
});

/** Attached files in the embedded store: rows in SQLite, bytes in `files` (a directory under DATA_DIR). */
export function sqliteAttachments(db: SqliteDb, files: AttachmentFiles): AttachmentRepository {
  const insert = db.prepare(`INSERT INTO attachments (id, patient_id, target, target_key, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM attachments WHERE id = ?');
  const find = db.prepare<[string, string], Row>('SELECT * FROM attachments WHERE patient_id = ? AND id = ?');
  const list = db.prepare<[string], Row>('SELECT * FROM attachments WHERE patient_id = ? ORDER BY uploaded_at, rowid');
  const count = db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM attachments WHERE patient_id = ? AND target_key = ?');
  return {
    async insert(a, content) {
      // Checked first, so a repeated id never replaces the bytes of a stored file.
      if (exists.get(a.id)) throw new DuplicateKeyError('attachment');
      await files.write(a.id, content);
      try {
        insert.run(a.id, a.patientId, a.target, a.targetKey, a.fileName, a.contentType, a.size, a.sha256, a.uploadedBy, a.uploadedAt);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('attachment');
        await files.discard(a.id);
        throw error;
      }
    },
    async find(patientId, id) {
      if (!isKey(patientId) || !isKey(id)) return null;
      const row = find.get(patientId, id);
      return row ? toAttachment(row) : null;
    },
    async listForPatient(patientId) {
      return isKey(patientId) ? list.all(patientId).map(toAttachment) : [];
    },
    async countForTarget(patientId, targetKey) {
      return isKey(patientId) && isKey(targetKey) ? count.get(patientId, targetKey)?.n ?? 0 : 0;
    },
    async content(id) {
      return isKey(id) && exists.get(id) ? files.read(id) : null;
    },
  };
}
