import type { RosterRowResult } from '@carehuddle/shared';
import type { RosterImportRecord, RosterImportRepository } from '../port';
import { isKey, type SqliteDb } from './database';
import { detailAssignments, profileValues, PROFILE_COLUMNS } from './patientProfileColumns';

export const rosterImportsSchema = `
CREATE TABLE IF NOT EXISTS roster_imports (
  id TEXT PRIMARY KEY,
  format TEXT NOT NULL,
  coordinator_id TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  content TEXT NOT NULL,
  total_rows INTEGER NOT NULL,
  processed_rows INTEGER NOT NULL,
  results TEXT NOT NULL,
  failure TEXT,
  completed_at TEXT
);
CREATE INDEX IF NOT EXISTS roster_imports_unfinished ON roster_imports (status);`;

interface JobRow {
  id: string; format: RosterImportRecord['format']; coordinator_id: string; created_by: string; created_at: string;
  status: RosterImportRecord['status']; content: string; total_rows: number; processed_rows: number; results: string;
  failure: string | null; completed_at: string | null;
}

function fromRow(r: JobRow): RosterImportRecord {
  return {
    id: r.id, format: r.format, coordinatorId: r.coordinator_id, createdBy: r.created_by, createdAt: r.created_at, status: r.status,
    content: r.content, totalRows: r.total_rows, processedRows: r.processed_rows, results: JSON.parse(r.results) as RosterRowResult[],
    failure: r.failure, completedAt: r.completed_at,
  };
}

/** Roster import jobs in the embedded store; the commit is one SQLite transaction. */
export function sqliteRosterImports(db: SqliteDb): RosterImportRepository {
  const insertJob = db.prepare(`INSERT INTO roster_imports
    (id, format, coordinator_id, created_by, created_at, status, content, total_rows, processed_rows, results, failure, completed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byId = db.prepare<[string], JobRow>('SELECT * FROM roster_imports WHERE id = ?');
  const unfinished = db.prepare<[], JobRow>("SELECT * FROM roster_imports WHERE status NOT IN ('completed', 'failed') ORDER BY created_at");
  const progress = db.prepare(`UPDATE roster_imports SET status = ?, total_rows = ?, processed_rows = ?, results = ?, failure = ?, completed_at = ?
    WHERE id = ? AND status != 'completed'`);
  const patientByMember = db.prepare<[string], { id: string }>('SELECT id FROM patients WHERE member_number = ?');
  const insertPatient = db.prepare(`INSERT INTO patients
    (id, name, date_of_birth, member_number, enrollment_date, risk_level, risk_set_by, risk_set_at, created_at, ${PROFILE_COLUMNS.join(', ')})
    VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ${PROFILE_COLUMNS.map(() => '?').join(', ')})`);
  const memberRole = db.prepare<[string, string], { role: string }>('SELECT role FROM care_team_members WHERE patient_id = ? AND user_id = ?');
  const addMember = db.prepare('INSERT INTO care_team_members (patient_id, user_id, role, is_lead, joined_at) VALUES (?, ?, ?, ?, ?)');

  const commit = db.transaction((id: string, c: Parameters<RosterImportRepository['commit']>[1]): RosterImportRecord => {
    const job = byId.get(id);
    if (!job) throw new Error('roster import job not found');
    if (job.status === 'completed') return fromRow(job);
    const results: RosterRowResult[] = [...c.refused];
    for (const r of c.rows) {
      const existing = patientByMember.get(r.memberNumber);
      const patientId = existing?.id ?? c.newId();
      if (existing && r.pcpUserId) {
        const role = memberRole.get(patientId, r.pcpUserId)?.role;
        if (role && role !== 'physician') {
          results.push({ row: r.row, memberNumber: r.memberNumber, outcome: 'refused', patientId: null, reasons: [c.pcpRoleConflict(role)] });
          continue;
        }
      }
      if (existing) {
        const { sql, values } = detailAssignments({ name: r.name, ...r.profile, ...(r.pcpUserId ? { pcpUserId: r.pcpUserId } : {}) });
        db.prepare(`UPDATE patients SET date_of_birth = ?, ${sql} WHERE id = ?`).run(r.dateOfBirth, ...values, patientId);
        if (!memberRole.get(patientId, c.coordinatorId)) addMember.run(patientId, c.coordinatorId, 'care_coordinator', 0, c.at);
      } else {
        insertPatient.run(patientId, r.name, r.dateOfBirth, r.memberNumber, r.enrollmentDate, c.at, ...profileValues({ ...r.profile, pcpUserId: r.pcpUserId }));
        addMember.run(patientId, c.coordinatorId, 'care_coordinator', 1, c.at);
      }
      if (r.pcpUserId && !memberRole.get(patientId, r.pcpUserId)) addMember.run(patientId, r.pcpUserId, 'physician', 0, c.at);
      results.push({ row: r.row, memberNumber: r.memberNumber, outcome: existing ? 'updated' : 'created', patientId, reasons: [] });
    }
    results.sort((a, b) => a.row - b.row);
    progress.run('completed', job.total_rows, job.total_rows, JSON.stringify(results), null, c.at, id);
    return fromRow(byId.get(id)!);
  });

  return {
    async create(j) {
      insertJob.run(j.id, j.format, j.coordinatorId, j.createdBy, j.createdAt, j.status, j.content, j.totalRows, j.processedRows,
        JSON.stringify(j.results), j.failure, j.completedAt);
    },
    async find(id) {
      if (!isKey(id)) return null;
      const row = byId.get(id);
      return row ? fromRow(row) : null;
    },
    async listUnfinished() {
      return unfinished.all().map(fromRow);
    },
    async setProgress(id, p) {
      progress.run(p.status, p.totalRows, p.processedRows, JSON.stringify(p.results), p.failure, p.completedAt, id);
    },
    async commit(id, c) {
      // IMMEDIATE: it reads before it writes (see careTeams.ts).
      return commit.immediate(id, c);
    },
  };
}
