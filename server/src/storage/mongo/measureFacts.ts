import { trusted } from 'mongoose';
import type { MeasureFactRepository, MeasureItemRecord, MeasureMemberRecord } from '../port';
import type { Models } from './models';

interface CoordinatorDoc { patientId: string; userId: string; isLead: boolean; joinedAt: string }
interface PatientDoc { _id: string; enrollmentDate: string; riskLevel?: MeasureMemberRecord['riskLevel'] }

/** The lead coordinator of each patient, else the earliest to join (as the embedded store orders them). */
function leadCoordinators(rows: readonly CoordinatorDoc[]): Map<string, string> {
  const best = new Map<string, CoordinatorDoc>();
  const before = (a: CoordinatorDoc, b: CoordinatorDoc) => (a.isLead !== b.isLead ? a.isLead : a.joinedAt !== b.joinedAt ? a.joinedAt < b.joinedAt : a.userId < b.userId);
  for (const row of rows) {
    const current = best.get(row.patientId);
    if (!current || before(row, current)) best.set(row.patientId, row);
  }
  return new Map([...best].map(([patientId, row]) => [patientId, row.userId]));
}

/** The measures' bulk reads in MongoDB (indexes in `schemas.ts` and `taskSchemas.ts`). */
export function mongoMeasureFacts(m: Models): MeasureFactRepository {
  /** The patients one person coordinates, or null for the whole organization. */
  const caseload = async (coordinatorId: string | null): Promise<string[] | null> => {
    if (coordinatorId === null) return null;
    return (await m.careTeams.find({ userId: coordinatorId, role: 'care_coordinator' }, { patientId: 1 }).lean<Array<{ patientId: string }>>()).map((r) => r.patientId);
  };
  const inCaseload = (ids: string[] | null, field: string) => (ids === null ? {} : { [field]: trusted({ $in: ids }) });
  return {
    async members(coordinatorId) {
      const ids = await caseload(coordinatorId);
      const [patients, coordinators] = await Promise.all([
        m.patients.find(inCaseload(ids, '_id'), { enrollmentDate: 1, riskLevel: 1 }).lean<PatientDoc[]>(),
        m.careTeams.find({ role: 'care_coordinator', ...inCaseload(ids, 'patientId') }, { _id: 0, patientId: 1, userId: 1, isLead: 1, joinedAt: 1 }).lean<CoordinatorDoc[]>(),
      ]);
      const leads = leadCoordinators(coordinators);
      return patients.map((p) => ({ patientId: p._id, enrollmentDate: p.enrollmentDate, riskLevel: p.riskLevel ?? null, coordinatorId: leads.get(p._id) ?? null }));
    },
    async clinicalItems(coordinatorId, kinds) {
      if (kinds.length === 0) return [];
      const ids = await caseload(coordinatorId);
      const rows = await m.trackedItems.find({ kind: trusted({ $in: [...kinds] }), category: 'clinical', ...inCaseload(ids, 'patientId') }, { _id: 0, patientId: 1, kind: 1, data: 1, createdAt: 1 })
        .lean<MeasureItemRecord[]>();
      return rows.map((r) => ({ patientId: r.patientId, kind: r.kind, data: r.data, createdAt: r.createdAt }));
    },
    async reachedDays(coordinatorId, since) {
      const ids = await caseload(coordinatorId);
      // Grouped by the server (the covering index gives member then day order), one document per member.
      const rows = await m.outreach.aggregate<{ _id: string; days: string[] }>([
        { $match: { outcome: 'reached', attemptedOn: { $gte: since }, reached: { $in: ['member', 'caregiver'] }, ...(ids === null ? {} : { patientId: { $in: ids } }) } },
        { $sort: { outcome: 1, patientId: 1, attemptedOn: 1 } },
        { $group: { _id: '$patientId', days: { $push: '$attemptedOn' } } },
      ]).allowDiskUse(true);
      return rows.map((r) => ({ patientId: r._id, days: [...r.days].sort() }));
    },
  };
}
