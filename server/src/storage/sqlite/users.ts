import { LanguageSchema } from '@carehuddle/shared';
import { DuplicateKeyError, type UserRecord, type UserRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const usersSchema = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  is_admin INTEGER NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled_at TEXT
);`;

/** Stores made before accounts could be disabled (or be supervisors, or have a work phone) get the columns on start-up. */
function addLaterColumns(db: SqliteDb): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(users)').all();
  if (!columns.some((c) => c.name === 'disabled_at')) db.exec('ALTER TABLE users ADD COLUMN disabled_at TEXT');
  if (!columns.some((c) => c.name === 'is_supervisor')) db.exec('ALTER TABLE users ADD COLUMN is_supervisor INTEGER NOT NULL DEFAULT 0');
  if (!columns.some((c) => c.name === 'preferred_language')) db.exec("ALTER TABLE users ADD COLUMN preferred_language TEXT NOT NULL DEFAULT 'en'");
  if (!columns.some((c) => c.name === 'work_phone')) db.exec('ALTER TABLE users ADD COLUMN work_phone TEXT');
}

interface UserRow {
  id: string; email: string; name: string; kind: UserRecord['kind'];
  is_admin: number; is_supervisor: number; preferred_language: string; password_hash: string; created_at: string; disabled_at: string | null;
  work_phone: string | null;
}

function fromRow(r: UserRow): UserRecord {
  return {
    id: r.id, email: r.email, name: r.name, kind: r.kind,
    isAdmin: r.is_admin === 1, passwordHash: r.password_hash, createdAt: r.created_at,
    ...(r.disabled_at ? { disabledAt: r.disabled_at } : {}),
    ...(r.is_supervisor === 1 ? { isSupervisor: true } : {}),
    ...(r.work_phone ? { workPhone: r.work_phone } : {}),
    // A value the catalogs no longer have reads as the default rather than failing the sign-in.
    preferredLanguage: LanguageSchema.catch('en').parse(r.preferred_language),
  };
}

/** Users in the embedded store. */
export function sqliteUsers(db: SqliteDb): UserRepository {
  addLaterColumns(db);
  const insert = db.prepare(
    'INSERT INTO users (id, email, name, kind, is_admin, is_supervisor, preferred_language, password_hash, created_at, work_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
  const staff = db.prepare<[], UserRow>("SELECT * FROM users WHERE kind = 'staff' ORDER BY name");
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');
  const setHash = db.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
  const setDisabled = db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?');
  const setSupervisor = db.prepare('UPDATE users SET is_supervisor = ? WHERE id = ?');
  const setLanguage = db.prepare('UPDATE users SET preferred_language = ? WHERE id = ?');
  const setWorkPhone = db.prepare('UPDATE users SET work_phone = ? WHERE id = ?');
  return {
    async create(u) {
      try {
        insert.run(u.id, u.email, u.name, u.kind, u.isAdmin ? 1 : 0, u.isSupervisor ? 1 : 0, u.preferredLanguage ?? 'en', u.passwordHash, u.createdAt, u.workPhone ?? null);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('user');
        throw error;
      }
    },
    async findById(id) {
      if (!isKey(id)) return null;
      const row = byId.get(id);
      return row ? fromRow(row) : null;
    },
    async findByEmail(email) {
      if (!isKey(email)) return null;
      const row = byEmail.get(email);
      return row ? fromRow(row) : null;
    },
    async findManyByIds(ids) {
      if (ids.length === 0) return [];
      const rows = db
        .prepare<string[], UserRow>(`SELECT * FROM users WHERE id IN (${ids.map(() => '?').join(',')})`)
        .all(...ids);
      return rows.map(fromRow);
    },
    async listStaff() {
      return staff.all().map(fromRow);
    },
    async count() {
      return count.get()?.n ?? 0;
    },
    async setPasswordHash(id, passwordHash) {
      if (isKey(id)) setHash.run(passwordHash, id);
    },
    async setDisabled(id, disabledAt) {
      return isKey(id) && setDisabled.run(disabledAt, id).changes === 1;
    },
    async setSupervisor(id, isSupervisor) {
      return isKey(id) && setSupervisor.run(isSupervisor ? 1 : 0, id).changes === 1;
    },
    async setPreferredLanguage(id, language) {
      return isKey(id) && setLanguage.run(language, id).changes === 1;
    },
    async setWorkPhone(id, workPhone) {
      return isKey(id) && setWorkPhone.run(workPhone, id).changes === 1;
    },
  };
}
