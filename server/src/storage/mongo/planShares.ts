import type { PlanShareRecord, PlanShareRepository } from '../port';
import { unique, type Models } from './models';

interface ShareDoc extends Omit<PlanShareRecord, 'id'> { _id: string }
const toShare = ({ _id, ...d }: ShareDoc): PlanShareRecord => ({
  id: _id, patientId: d.patientId, recipient: d.recipient, parts: d.parts, format: d.format, planVersionId: d.planVersionId ?? null,
  consentVersion: d.consentVersion, sharedBy: d.sharedBy, sharedAt: d.sharedAt,
});

/** Copies of the plan sent to providers, in MongoDB. */
export function mongoPlanShares(m: Models): PlanShareRepository {
  return {
    async insert(s) {
      const { id, ...rest } = s;
      await unique('plan share', () => m.planShares.create({ _id: id, ...rest }));
    },
    async listForPatient(patientId) {
      return (await m.planShares.find({ patientId: { $eq: patientId } }).sort({ sharedAt: -1, _id: -1 }).lean<ShareDoc[]>()).map(toShare);
    },
  };
}
