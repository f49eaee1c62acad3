import { trusted } from 'mongoose';
import type { CareTeamMembershipRecord, CareTeamRepository, PatientRecord, PatientRepository } from '../port';
import { unique, type Models } from './models';

interface PatientDoc extends Omit<PatientRecord, 'id'> { _id: string }

const toPatient = ({ _id, ...rest }: PatientDoc): PatientRecord => ({
  id: _id, name: rest.name, dateOfBirth: rest.dateOfBirth, memberNumber: rest.memberNumber, enrollmentDate: rest.enrollmentDate,
  riskLevel: rest.riskLevel ?? null, riskSetBy: rest.riskSetBy ?? null, riskSetAt: rest.riskSetAt ?? null, createdAt: rest.createdAt,
});

/** Patients in MongoDB. */
export function mongoPatients(m: Models): PatientRepository {
  return {
    async create(p) {
      const { id, ...rest } = p;
      await unique('patient', () => m.patients.create({ _id: id, ...rest }));
    },
    async findById(id) {
      const d = await m.patients.findOne({ _id: id }).lean<PatientDoc>();
      return d ? toPatient(d) : null;
    },
    async findManyByIds(ids) {
      if (ids.length === 0) return [];
      return (await m.patients.find({ _id: trusted({ $in: [...ids] }) }).sort({ name: 1 }).lean<PatientDoc[]>()).map(toPatient);
    },
    async listIds() {
      return (await m.patients.find({}, { _id: 1 }).sort({ _id: 1 }).lean<Array<{ _id: string }>>()).map((d) => d._id);
    },
    async setRiskLevel(id, c) {
      await m.patients.updateOne({ _id: id }, { $set: { riskLevel: c.riskLevel, riskSetBy: c.riskSetBy, riskSetAt: c.riskSetAt } });
    },
  };
}

const toMember = (d: CareTeamMembershipRecord): CareTeamMembershipRecord => ({ patientId: d.patientId, userId: d.userId, role: d.role, isLead: d.isLead, joinedAt: d.joinedAt });

/** Care team memberships in MongoDB. */
export function mongoCareTeams(m: Models): CareTeamRepository {
  return {
    async add(member) {
      await unique('care team member', () => m.careTeams.create({ ...member }));
    },
    async remove(patientId, userId) {
      return (await m.careTeams.deleteOne({ patientId, userId })).deletedCount > 0;
    },
    async find(patientId, userId) {
      const d = await m.careTeams.findOne({ patientId, userId }).lean<CareTeamMembershipRecord>();
      return d ? toMember(d) : null;
    },
    async listForPatient(patientId) {
      return (await m.careTeams.find({ patientId }).sort({ isLead: -1, joinedAt: 1 }).lean<CareTeamMembershipRecord[]>()).map(toMember);
    },
    async listForUser(userId) {
      return (await m.careTeams.find({ userId }).lean<CareTeamMembershipRecord[]>()).map(toMember);
    },
  };
}
