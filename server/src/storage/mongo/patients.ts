import { trusted } from 'mongoose';
import type { CareTeamMembershipRecord, CareTeamRepository, PatientProfileRecord, PatientRecord, PatientRepository } from '../port';
import { unique, type Models } from './models';

interface PatientDoc extends Omit<PatientRecord, 'id'> { _id: string }

const toProfile = (d: PatientDoc): PatientProfileRecord => ({
  preferredLanguage: d.preferredLanguage ?? null, interpreterNeeded: d.interpreterNeeded ?? null, phone: d.phone ?? null,
  preferredContactTime: d.preferredContactTime ?? null,
  address: d.address ? { line: d.address.line, city: d.address.city, state: d.address.state, postalCode: d.address.postalCode } : null,
  healthPlanName: d.healthPlanName ?? null, allergies: d.allergies ? [...d.allergies] : null, pcpUserId: d.pcpUserId ?? null,
});

const toPatient = (d: PatientDoc): PatientRecord => ({
  id: d._id, name: d.name, dateOfBirth: d.dateOfBirth, memberNumber: d.memberNumber, enrollmentDate: d.enrollmentDate,
  riskLevel: d.riskLevel ?? null, riskSetBy: d.riskSetBy ?? null, riskSetAt: d.riskSetAt ?? null, createdAt: d.createdAt,
  ...toProfile(d),
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
    async findByMemberNumber(memberNumber) {
      const d = await m.patients.findOne({ memberNumber }).lean<PatientDoc>();
      return d ? toPatient(d) : null;
    },
    async listBornOn(dateOfBirth) {
      return (await m.patients.find({ dateOfBirth }).sort({ name: 1 }).lean<PatientDoc[]>()).map(toPatient);
    },
    async updateDetails(id, change) {
      // Only fields the change names are set; undefined ones are left out rather than cleared.
      const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      if (Object.keys(set).length === 0) return (await m.patients.countDocuments({ _id: id })) > 0;
      return (await m.patients.updateOne({ _id: id }, { $set: set })).matchedCount > 0;
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
    async listLeads() {
      return (await m.careTeams.find({ isLead: true }).lean<CareTeamMembershipRecord[]>()).map(toMember);
    },
    async handOverLead(patientId, userId, joinedAt) {
      // One transaction (the store runs as a replica set): the team never has two leads, nor none, in between.
      const session = await m.careTeams.db.startSession();
      try {
        return await session.withTransaction(async () => {
          const previous = await m.careTeams.find({ patientId, isLead: true }, null, { session }).lean<CareTeamMembershipRecord[]>();
          if (previous.some((p) => p.userId === userId)) return userId;
          if (previous.length > 0) await m.careTeams.deleteMany({ patientId, isLead: true }, { session });
          await m.careTeams.updateOne(
            { patientId, userId },
            { $set: { role: 'care_coordinator', isLead: true }, $setOnInsert: { joinedAt } },
            { upsert: true, session },
          );
          return previous[0]?.userId ?? null;
        });
      } finally {
        await session.endSession();
      }
    },
  };
}
