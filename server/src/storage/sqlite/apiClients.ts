import { DuplicateKeyError, type ApiClientRecord, type ApiClientRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const apiClientsSchema = `
CREATE TABLE IF NOT EXISTS api_clients (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, scopes TEXT NOT NULL, patient_id TEXT, token_hash TEXT NOT NULL UNIQUE,
  created_by TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT
);`;

interface Row {
  id: string; name: string; scopes: string; patient_id: string | null; token_hash: string; created_by: string; created_at: string;
  expires_at: string; revoked_at: string | null; revoked_by: string | null;
}
const toClient = (r: Row): ApiClientRecord => ({
  id: r.id, name: r.name, scopes: JSON.parse(r.scopes) as string[], patientId: r.patient_id, tokenHash: r.token_hash, createdBy: r.created_by,
  createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at, revokedBy: r.revoked_by,
});

/** FHIR API clients in the embedded store. */
export function sqliteApiClients(db: SqliteDb): ApiClientRepository {
  const insert = db.prepare(`INSERT INTO api_clients (id, name, scopes, patient_id, token_hash, created_by, created_at, expires_at, revoked_at, revoked_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byHash = db.prepare<[string], Row>('SELECT * FROM api_clients WHERE token_hash = ?');
  const all = db.prepare<[], Row>('SELECT * FROM api_clients ORDER BY created_at DESC, id');
  const revoke = db.prepare('UPDATE api_clients SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL');
  return {
    async create(c) {
      try {
        insert.run(c.id, c.name, JSON.stringify(c.scopes), c.patientId, c.tokenHash, c.createdBy, c.createdAt, c.expiresAt, c.revokedAt, c.revokedBy);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('API client');
        throw error;
      }
    },
    async findByTokenHash(hash) {
      if (!isKey(hash)) return null;
      const row = byHash.get(hash);
      return row ? toClient(row) : null;
    },
    async list() {
      return all.all().map(toClient);
    },
    async revoke(id, revokedBy, at) {
      return isKey(id) && revoke.run(at, revokedBy, id).changes === 1;
    },
  };
}
