import type { MeasureFactRepository, MeasureItemRecord, MeasureMemberRecord, ReachedDayRecord } from '../port';
import type { SqliteDb } from './database';

/**
 * Indexes the measures need: contact attempts that reached someone, by day
 * (covering, so the scan never reads notes), and a team's coordinators.
 * Tracked items are read by a plain scan org-wide (most rows are of the kinds
 * read) and through `tracked_items_by_patient` for one caseload.
 */
export const measureFactsSchema = `
CREATE INDEX IF NOT EXISTS outreach_reached_by_day ON outreach_attempts (outcome, attempted_on, reached, patient_id);
CREATE INDEX IF NOT EXISTS care_team_by_role ON care_team_members (role, user_id, patient_id);`;

/** Members one person coordinates, as a subquery: the caseload the measures of a coordinator cover. */
const CASELOAD = "SELECT patient_id FROM care_team_members WHERE user_id = ? AND role = 'care_coordinator'";

/** The measures' bulk reads in the embedded store. */
export function sqliteMeasureFacts(db: SqliteDb): MeasureFactRepository {
  const membersSql = (scoped: boolean) => `SELECT p.id AS patientId, p.enrollment_date AS enrollmentDate, p.risk_level AS riskLevel,
      (SELECT c.user_id FROM care_team_members c WHERE c.patient_id = p.id AND c.role = 'care_coordinator' ORDER BY c.is_lead DESC, c.joined_at, c.user_id LIMIT 1) AS coordinatorId
    FROM patients p ${scoped ? `WHERE p.id IN (${CASELOAD})` : ''}`;
  const allMembers = db.prepare<[], MeasureMemberRecord>(membersSql(false));
  const caseload = db.prepare<[string], MeasureMemberRecord>(membersSql(true));
  const reachedSql = (scoped: boolean) => `SELECT patient_id AS patientId, attempted_on AS attemptedOn FROM outreach_attempts
    WHERE outcome = 'reached' AND attempted_on >= ? AND reached IN ('member', 'caregiver') ${scoped ? `AND patient_id IN (${CASELOAD})` : ''}`;
  const allReached = db.prepare<[string], ReachedDayRecord>(reachedSql(false));
  const caseloadReached = db.prepare<[string, string], ReachedDayRecord>(reachedSql(true));
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
      return coordinatorId === null ? allReached.all(since) : caseloadReached.all(since, coordinatorId);
    },
  };
}
