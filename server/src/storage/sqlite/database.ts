import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The embedded database handle shared by the SQLite repositories. */
export type SqliteDb = Database.Database;

/**
 * The store holds PHI: its directory is the owner's alone, and so are the
 * database, WAL and shared-memory files, even ones an older version (or a
 * looser umask) created. SQLite creates the WAL and SHM with the database
 * file's mode, so tightening the database file covers files made later.
 */
function restrictToOwner(dataDir: string, dbFile: string): void {
  chmodSync(dataDir, 0o700);
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) if (existsSync(file)) chmodSync(file, 0o600);
}

/**
 * Opens (and creates) the embedded store. WAL with `synchronous = FULL` makes
 * every committed transaction survive a process kill and a power cut.
 */
export function openSqliteDatabase(dataDir: string, fileName = 'carehuddle.db'): SqliteDb {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const dbFile = join(dataDir, fileName);
  restrictToOwner(dataDir, dbFile);
  const db = openSqliteFile(dbFile);
  // After the first write created the WAL and SHM (the pragmas above), so that they too are owner-only.
  restrictToOwner(dataDir, dbFile);
  return db;
}

/** Opens an existing database file with the store's settings (a second connection, e.g. the writer's). */
export function openSqliteFile(path: string): SqliteDb {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Opens an in-memory database (contract tests, benchmarks). */
export function openMemoryDatabase(): SqliteDb {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Maps a SQLite unique-constraint failure to `true` so adapters can raise DuplicateKeyError. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
    || error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Whether a key is a plain string. The port takes strings, but a value that
 * slipped past validation as an object must find nothing rather than be bound
 * as named SQL parameters.
 */
export function isKey(value: unknown): value is string {
  return typeof value === 'string';
}
