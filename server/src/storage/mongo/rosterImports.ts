import type { RosterRowResult } from '@carehuddle/shared';
import { trusted, type AnyBulkWriteOperation } from 'mongoose';
import type { CareTeamMembershipRecord, RosterImportRecord, RosterImportRepository } from '../port';
import type { Models } from './models';

interface JobDoc extends Omit<RosterImportRecord, 'id' | 'results'> { _id: string; results: string }

const toJob = ({ _id, results, ...rest }: JobDoc): RosterImportRecord => ({
  id: _id, format: rest.format, coordinatorId: rest.coordinatorId, createdBy: rest.createdBy, createdAt: rest.createdAt, status: rest.status,
  content: rest.content, totalRows: rest.totalRows, processedRows: rest.processedRows, results: JSON.parse(results) as RosterRowResult[],
  failure: rest.failure ?? null, completedAt: rest.completedAt ?? null,
});

/** Roster import jobs in MongoDB; the commit is one multi-document transaction (the store runs as a replica set). */
export function mongoRosterImports(m: Models): RosterImportRepository {
  return {
    async create(j) {
      const { id, results, ...rest } = j;
      await m.rosterImports.create({ _id: id, ...rest, results: JSON.stringify(results) });
    },
    async find(id) {
      const d = await m.rosterImports.findOne({ _id: id }).lean<JobDoc>();
      return d ? toJob(d) : null;
    },
    async listUnfinished() {
      return (await m.rosterImports.find({ status: trusted({ $nin: ['completed', 'failed'] }) }).sort({ createdAt: 1 }).lean<JobDoc[]>()).map(toJob);
    },
    async setProgress(id, p) {
      await m.rosterImports.updateOne({ _id: id, status: trusted({ $ne: 'completed' }) }, { $set: { ...p, results: JSON.stringify(p.results) } });
    },
    async commit(id, c) {
      const session = await m.rosterImports.db.startSession();
      try {
        return await session.withTransaction(async () => {
          const job = await m.rosterImports.findOne({ _id: id }).session(session).lean<JobDoc>();
          if (!job) throw new Error('roster import job not found');
          if (job.status === 'completed') return toJob(job);
          const existing = new Map((await m.patients.find({ memberNumber: trusted({ $in: c.rows.map((r) => r.memberNumber) }) }, { _id: 1, memberNumber: 1 })
            .session(session).lean<Array<{ _id: string; memberNumber: string }>>()).map((p) => [p.memberNumber, p._id]));
          const team = await m.careTeams.find({ patientId: trusted({ $in: [...existing.values()] }) }).session(session).lean<CareTeamMembershipRecord[]>();
          const roleOf = new Map(team.map((t) => [`${t.patientId}/${t.userId}`, t.role as string]));
          const patientOps: AnyBulkWriteOperation<Record<string, unknown> & { _id: string }>[] = [];
          const memberOps: AnyBulkWriteOperation[] = [];
          const join = (patientId: string, userId: string, role: string, isLead: boolean) => {
            if (roleOf.has(`${patientId}/${userId}`)) return;
            roleOf.set(`${patientId}/${userId}`, role);
            memberOps.push({ insertOne: { document: { patientId, userId, role, isLead, joinedAt: c.at } } });
          };
          const results: RosterRowResult[] = [...c.refused];
          for (const r of c.rows) {
            const found = existing.get(r.memberNumber);
            const patientId = found ?? c.newId();
            const pcpRole = r.pcpUserId ? roleOf.get(`${patientId}/${r.pcpUserId}`) : undefined;
            if (found && pcpRole && pcpRole !== 'physician') {
              results.push({ row: r.row, memberNumber: r.memberNumber, outcome: 'refused', patientId: null, reasons: [c.pcpRoleConflict(pcpRole)] });
              continue;
            }
            const fields = { name: r.name, dateOfBirth: r.dateOfBirth, ...r.profile, ...(r.pcpUserId ? { pcpUserId: r.pcpUserId } : {}) };
            if (found) {
              patientOps.push({ updateOne: { filter: { _id: found }, update: { $set: fields } } });
            } else {
              patientOps.push({ insertOne: { document: { _id: patientId, memberNumber: r.memberNumber, enrollmentDate: r.enrollmentDate, riskLevel: null, riskSetBy: null, riskSetAt: null, createdAt: c.at, ...fields } } });
              existing.set(r.memberNumber, patientId);
            }
            join(patientId, c.coordinatorId, 'care_coordinator', !found);
            if (r.pcpUserId) join(patientId, r.pcpUserId, 'physician', false);
            results.push({ row: r.row, memberNumber: r.memberNumber, outcome: found ? 'updated' : 'created', patientId, reasons: [] });
          }
          if (patientOps.length > 0) await m.patients.bulkWrite(patientOps as never[], { session, ordered: true });
          if (memberOps.length > 0) await m.careTeams.bulkWrite(memberOps as never[], { session, ordered: true });
          results.sort((a, b) => a.row - b.row);
          await m.rosterImports.updateOne({ _id: id }, {
            $set: { status: 'completed', processedRows: job.totalRows, results: JSON.stringify(results), failure: null, completedAt: c.at },
          }, { session });
          return toJob({ ...job, status: 'completed', processedRows: job.totalRows, results: JSON.stringify(results), failure: null, completedAt: c.at });
        });
      } finally {
        await session.endSession();
      }
    },
  };
}
