import { trusted } from 'mongoose';
import type { EnrollmentEpisodeRecord, EnrollmentRepository } from '../port';
import { unique, type Models } from './models';

interface Doc extends Omit<EnrollmentEpisodeRecord, 'id'> { _id: string; openFor?: string }

const toEpisode = (d: Doc): EnrollmentEpisodeRecord => ({
  id: d._id, patientId: d.patientId, program: d.program, startedOn: d.startedOn, endedOn: d.endedOn ?? null, endReason: d.endReason ?? null,
  startedBy: d.startedBy, endedBy: d.endedBy ?? null, createdAt: d.createdAt,
});

/** Enrollment episodes in MongoDB. */
export function mongoEnrollments(m: Models): EnrollmentRepository {
  return {
    async insert(e) {
      const { id, ...rest } = e;
      await unique('open enrollment episode', () => m.enrollmentEpisodes.create({ _id: id, ...rest, ...(e.endedOn === null ? { openFor: e.patientId } : {}) }));
    },
    async end(id, change) {
      const result = await m.enrollmentEpisodes.updateOne(
        { _id: id, openFor: trusted({ $type: 'string' }) },
        { $set: { endedOn: change.endedOn, endReason: change.endReason, endedBy: change.endedBy }, $unset: { openFor: 1 } },
      );
      return result.modifiedCount === 1;
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return (await m.enrollmentEpisodes.find({ patientId: trusted({ $in: [...ids] }) }).sort({ patientId: 1, startedOn: 1, createdAt: 1 }).lean<Doc[]>()).map(toEpisode);
    },
  };
}
