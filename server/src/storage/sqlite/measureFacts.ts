import type { MeasureFactRepository, MeasureItemRecord, MeasureMemberRecord } from '../port';
import type { SqliteDb } from './database';

/**
 * Indexes the measures need: contact attempts by outcome, then member and day
 * (covering, and in the order the days are grouped: no sort, notes never read),
 * and a team's coordinators. Tracked items are read by a plain scan
 * org-wide (most rows are of the kinds read) and through
 * `tracked_items_by_patient` for one caseload.
 */
export const measureFactsSchema = `
CREATE INDEX IF NOT EXISTS outreach_reached_by_member ON outreach_attempts (outcome, patient_id, attempted_on, reached);
CREATE INDEX IF NOT EXISTS care_team_by_role ON care_team_members (role, user_id, patient_id);`;

interface GroupedDays { patientId: string; days: string }

/** Members one person coordinates, as a subquery: the caseload the measures of a coordinator cover. */
const CASELOAD = "SELECT patient_id FROM care_team_members WHERE user_id = ? AND role = 'care_coordinator'";

/** The measures' bulk reads in the embedded store. */
export function sqliteMeasureFacts(db: SqliteDb): MeasureFactRepository {
  const membersSql = (scoped: boolean) => `SELECT p.id AS patientId, p.enrollment_date AS enrollmentDate, p.risk_level AS riskLevel,
      (SELECT c.user_id FROM care_team_members c WHERE c.patient_id = p.id AND c.role = 'care_coordinator' ORDER BY c.is_lead DESC, c.joined_at, c.user_id LIMIT 1) AS coordinatorId
    FROM patients p ${scoped ? `WHERE p.id IN (${CASELOAD})` : ''}`;
  const allMembers = db.prepare<[], MeasureMemberRecord>(membersSql(false));
  const caseload = db.prepare<[string], MeasureMemberRecord>(membersSql(true));
  const reachedSql = (scoped: boolean) => `SELECT patient_id AS patientId, group_concat(attempted_on) AS days FROM outreach_attempts
    WHERE outcome = 'reached' AND attempted_on >= ? AND reached IN ('member', 'caregiver') ${scoped ? `AND patient_id IN (${CASELOAD})` : ''} GROUP BY patient_id`;
  const allReached = db.prepare<[string], GroupedDays>(reachedSql(false));
  const caseloadReached = db.prepare<[string, string], GroupedDays>(reachedSql(true));
  return {
    async members(coordinatorId) {
      return coordinatorId === null ? allMembers.all() : caseload.all(coordinatorId);
    },
    async clinicalItems(coordinatorId, kinds) {
      if (kinds.length === 0) return [];
      const sql = `SELECT patient_id AS patientId, kind, data, created_at AS createdAt FROM tracked_items
        WHERE category = 'clinical' AND kind IN (${kinds.map(() => '?').join(',')}) ${coordinatorId === null ? '' : `AND patient_id IN (${CASELOAD})`}`;
      const statement = db.prepare<string[], MeasureItemRecord>(sql);
      return coordinatorId === null ? statement.all(...kinds) : statement.all(...kinds, coordinatorId);
    },
    async reachedDays(coordinatorId, since) {
      const rows = coordinatorId === null ? allReached.all(since) : caseloadReached.all(since, coordinatorId);
      // group_concat keeps the index order in practice, but SQLite does not promise it: sorting sorted days costs one pass.
      return rows.map((r) => ({ patientId: r.patientId, days: r.days.split(',').sort() }));
    },
  };
}
