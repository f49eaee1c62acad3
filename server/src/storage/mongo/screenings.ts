import type { RiskChangeRecord, ScreeningRecord, ScreeningRepository } from '../port';
import type { Models } from './models';

interface Doc extends Omit<ScreeningRecord, 'id'> { _id: string }
interface RiskDoc extends Omit<RiskChangeRecord, 'id'> { _id: string }

const toScreening = ({ _id, ...d }: Doc): ScreeningRecord => ({
  id: _id, patientId: d.patientId, status: d.status, amendsId: d.amendsId ?? null, startedBy: d.startedBy, startedAt: d.startedAt,
  completedBy: d.completedBy ?? null, completedAt: d.completedAt ?? null, answers: d.answers ?? null, outcome: d.outcome ?? null, needs: d.needs,
});
const toChange = ({ _id, ...d }: RiskDoc): RiskChangeRecord => ({
  id: _id, patientId: d.patientId, from: d.from ?? null, to: d.to, reason: d.reason, by: d.by, at: d.at, screeningId: d.screeningId ?? null,
});

/** Screenings and risk history in MongoDB. */
export function mongoScreenings(m: Models): ScreeningRepository {
  return {
    async start(s) {
      const { id, ...rest } = s;
      await m.screenings.create({ _id: id, ...rest });
    },
    async complete(id, c) {
      const result = await m.screenings.updateOne({ _id: id, status: 'in_progress' }, { $set: { status: 'completed', ...c } });
      return result.modifiedCount === 1;
    },
    async find(patientId, id) {
      const d = await m.screenings.findOne({ _id: id, patientId }).lean<Doc>();
      return d ? toScreening(d) : null;
    },
    async listForPatient(patientId) {
      return (await m.screenings.find({ patientId }).sort({ startedAt: -1, _id: -1 }).lean<Doc[]>()).map(toScreening);
    },
    async setNeeds(id, needs) {
      await m.screenings.updateOne({ _id: id, status: 'completed' }, { $set: { needs } });
    },
    async recordRiskChange(c) {
      // The history entry first: a crash between the two writes leaves a recorded change whose level a retry sets, never an unexplained level.
      const { id, ...rest } = c;
      await m.riskChanges.create({ _id: id, ...rest });
      await m.patients.updateOne({ _id: c.patientId }, { $set: { riskLevel: c.to, riskSetBy: c.by, riskSetAt: c.at } });
    },
    async riskHistory(patientId) {
      return (await m.riskChanges.find({ patientId }).sort({ at: -1, _id: -1 }).lean<RiskDoc[]>()).map(toChange);
    },
  };
}
