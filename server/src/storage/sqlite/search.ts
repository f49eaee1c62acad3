import type { SearchEntryRecord, SearchRepository } from '../port';
import type { SqliteDb } from './database';
import type { SqliteWriter } from './writer/sqliteWriter';

/**
 * Full-text search on FTS5. Passages live in `search_entries` (an integer
 * primary key, so VACUUM keeps the rowids the index points at) and patients in
 * their own table; each has an external-content FTS5 index kept in step by
 * triggers, in the same transaction as the write.
 */
export const searchSchema = `
CREATE TABLE IF NOT EXISTS search_entries (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, grp TEXT NOT NULL, kind TEXT NOT NULL, patient_id TEXT NOT NULL,
  scope TEXT NOT NULL, ref TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS search_entries_by_group ON search_entries (grp);
CREATE VIRTUAL TABLE IF NOT EXISTS search_entries_fts USING fts5(
  title, body, content='search_entries', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS search_entries_ai AFTER INSERT ON search_entries BEGIN
  INSERT INTO search_entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS search_entries_ad AFTER DELETE ON search_entries BEGIN
  INSERT INTO search_entries_fts (search_entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS search_entries_au AFTER UPDATE ON search_entries BEGIN
  INSERT INTO search_entries_fts (search_entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO search_entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TABLE IF NOT EXISTS search_stale (grp TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS patients_fts USING fts5(
  name, member_number, date_of_birth, content='patients', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS patients_fts_ai AFTER INSERT ON patients BEGIN
  INSERT INTO patients_fts (rowid, name, member_number, date_of_birth) VALUES (new.rowid, new.name, new.member_number, new.date_of_birth);
END;
CREATE TRIGGER IF NOT EXISTS patients_fts_ad AFTER DELETE ON patients BEGIN
  INSERT INTO patients_fts (patients_fts, rowid, name, member_number, date_of_birth) VALUES ('delete', old.rowid, old.name, old.member_number, old.date_of_birth);
END;
CREATE TRIGGER IF NOT EXISTS patients_fts_au AFTER UPDATE OF name, member_number, date_of_birth ON patients BEGIN
  INSERT INTO patients_fts (patients_fts, rowid, name, member_number, date_of_birth) VALUES ('delete', old.rowid, old.name, old.member_number, old.date_of_birth);
  INSERT INTO patients_fts (rowid, name, member_number, date_of_birth) VALUES (new.rowid, new.name, new.member_number, new.date_of_birth);
END;`;

/**
 * An FTS5 query in which every word must match, as a prefix: the words are
 * letters and digits only (the domain splits them so), quoted all the same so
 * that no word can be read as an operator (`AND`, `NEAR`).
 */
const matchAll = (words: readonly string[]): string => words.map((w) => `"${w.replace(/"/g, '')}"*`).join(' ');

const MARKS = "char(2), char(3)";

/** The full-text index in the embedded store: reads on the main connection, writes through the writer. */
export function sqliteSearch(db: SqliteDb, writer: SqliteWriter): SearchRepository {
  const stale = db.prepare<[number], { grp: string }>('SELECT grp FROM search_stale ORDER BY grp LIMIT ?');
  const version = db.prepare<[], { value: number }>("SELECT value FROM search_meta WHERE key = 'builtVersion'");
  const setVersion = db.prepare("INSERT INTO search_meta (key, value) VALUES ('builtVersion', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  const entries = db.prepare<Record<string, unknown>, { key: string; kind: SearchEntryRecord['kind']; patient_id: string; scope: string; ref: string; title: string; snippet: string }>(`
    SELECT e.key, e.kind, e.patient_id, e.scope, e.ref,
      highlight(search_entries_fts, 0, ${MARKS}) AS title, snippet(search_entries_fts, 1, ${MARKS}, '…', 24) AS snippet
    FROM search_entries_fts JOIN search_entries e ON e.id = search_entries_fts.rowid
    WHERE search_entries_fts MATCH @match AND e.scope IN (SELECT value FROM json_each(@scopes))
    ORDER BY bm25(search_entries_fts, 4.0, 1.0) LIMIT @limit`);
  const patients = db.prepare<Record<string, unknown>, { id: string; name: string; member_number: string; date_of_birth: string }>(`
    SELECT p.id, highlight(patients_fts, 0, ${MARKS}) AS name, highlight(patients_fts, 1, ${MARKS}) AS member_number,
      highlight(patients_fts, 2, ${MARKS}) AS date_of_birth
    FROM patients_fts JOIN patients p ON p.rowid = patients_fts.rowid
    WHERE patients_fts MATCH @match AND p.id IN (SELECT value FROM json_each(@ids))
    ORDER BY bm25(patients_fts, 4.0, 2.0, 1.0) LIMIT @limit`);
  const rebuildTx = db.transaction(() => {
    db.exec("DELETE FROM search_entries; DELETE FROM search_stale; DELETE FROM search_meta WHERE key = 'builtVersion';");
    // Patients stored before the index existed (or rows renumbered by a VACUUM) are read into it afresh.
    db.exec("INSERT INTO patients_fts (patients_fts) VALUES ('rebuild');");
  });
  return {
    // Index writes go through the group-committing writer thread: they come from every plan being typed
    // in, and on the main connection each was a synchronous, fsynced transaction on the event loop.
    async replaceGroup(group, list) {
      await writer.run('search.replace', { group, entries: [...list] });
    },
    async markStale(group) {
      await writer.run('search.markStale', { group });
    },
    async staleGroups(limit) {
      return stale.all(limit).map((r) => r.grp);
    },
    async findEntries({ words, scopes, limit }) {
      if (words.length === 0 || scopes.length === 0) return [];
      return entries.all({ match: matchAll(words), scopes: JSON.stringify(scopes), limit })
        .map((r) => ({ key: r.key, kind: r.kind, patientId: r.patient_id, scope: r.scope, ref: r.ref, title: r.title, snippet: r.snippet }));
    },
    async findPatients({ words, patientIds, limit }) {
      if (words.length === 0 || patientIds.length === 0) return [];
      return patients.all({ match: matchAll(words), ids: JSON.stringify(patientIds), limit })
        .map((r) => ({ patientId: r.id, name: r.name, memberNumber: r.member_number, dateOfBirth: r.date_of_birth }));
    },
    async builtVersion() {
      return version.get()?.value ?? 0;
    },
    async startRebuild() {
      rebuildTx();
    },
    async finishRebuild(v) {
      setVersion.run(v);
    },
  };
}
