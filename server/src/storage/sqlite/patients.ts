import { DuplicateKeyError, type PatientRecord, type PatientRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';
import { addProfileColumns, detailAssignments, profileFromRow, profileValues, PROFILE_COLUMNS, type ProfileRow } from './patientProfileColumns';

export const patientsSchema = `
CREATE TABLE IF NOT EXISTS patients (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  member_number TEXT NOT NULL UNIQUE,
  enrollment_date TEXT NOT NULL,
  risk_level TEXT,
  risk_set_by TEXT,
  risk_set_at TEXT,
  created_at TEXT NOT NULL,
  preferred_language TEXT,
  interpreter_needed INTEGER,
  phone TEXT,
  preferred_contact_time TEXT,
  address TEXT,
  health_plan_name TEXT,
  allergies TEXT,
  pcp_user_id TEXT
);`;

interface PatientRow extends Partial<ProfileRow> {
  id: string; name: string; date_of_birth: string; member_number: string; enrollment_date: string;
  risk_level: PatientRecord['riskLevel']; risk_set_by: string | null; risk_set_at: string | null; created_at: string;
}

function fromRow(r: PatientRow): PatientRecord {
  return {
    id: r.id, name: r.name, dateOfBirth: r.date_of_birth, memberNumber: r.member_number,
    enrollmentDate: r.enrollment_date, riskLevel: r.risk_level, riskSetBy: r.risk_set_by,
    riskSetAt: r.risk_set_at, createdAt: r.created_at, ...profileFromRow(r),
  };
}

/** Patients in the embedded store. */
export function sqlitePatients(db: SqliteDb): PatientRepository {
  addProfileColumns(db);
  const insert = db.prepare(`INSERT INTO patients
    (id, name, date_of_birth, member_number, enrollment_date, risk_level, risk_set_by, risk_set_at, created_at, ${PROFILE_COLUMNS.join(', ')})
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ${PROFILE_COLUMNS.map(() => '?').join(', ')})`);
  const byId = db.prepare<[string], PatientRow>('SELECT * FROM patients WHERE id = ?');
  const ids = db.prepare<[], { id: string }>('SELECT id FROM patients ORDER BY id');
  const setRisk = db.prepare('UPDATE patients SET risk_level = ?, risk_set_by = ?, risk_set_at = ? WHERE id = ?');
  return {
    async create(p) {
      try {
        insert.run(p.id, p.name, p.dateOfBirth, p.memberNumber, p.enrollmentDate, p.riskLevel, p.riskSetBy, p.riskSetAt, p.createdAt, ...profileValues(p));
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('patient');
        throw error;
      }
    },
    async findById(id) {
      if (!isKey(id)) return null;
      const row = byId.get(id);
      return row ? fromRow(row) : null;
    },
    async findManyByIds(ids) {
      if (ids.length === 0) return [];
      return db
        .prepare<string[], PatientRow>(`SELECT * FROM patients WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY name`)
        .all(...ids)
        .map(fromRow);
    },
    async setRiskLevel(id, c) {
      setRisk.run(c.riskLevel, c.riskSetBy, c.riskSetAt, id);
    },
    async listIds() {
      return ids.all().map((r) => r.id);
    },
    async updateDetails(id, change) {
      if (!isKey(id)) return false;
      const { sql, values } = detailAssignments(change);
      if (!sql) return byId.get(id) !== undefined;
      return db.prepare(`UPDATE patients SET ${sql} WHERE id = ?`).run(...values, id).changes > 0;
    },
  };
}
