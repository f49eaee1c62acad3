import type { ConferenceOutcomeRecord, ConferenceRecord, ConferenceRepository } from '../port';
import { isDuplicateKey, type Models } from './models';

interface ConferenceDoc extends Omit<ConferenceRecord, 'id'> { _id: string; memberIds: string[] }
interface OutcomeDoc extends Omit<ConferenceOutcomeRecord, 'id'> { _id: string }

const toConference = (d: ConferenceDoc): ConferenceRecord => ({
  id: d._id, title: d.title, scheduledFor: d.scheduledFor, createdBy: d.createdBy,
  agenda: d.agenda.map((a) => ({ id: a.id, patientId: a.patientId ?? null, topic: a.topic })), inviteeIds: [...d.inviteeIds],
  currentAgendaItemId: d.currentAgendaItemId ?? null, timerEndsAt: d.timerEndsAt ?? null,
  presenter: d.presenter ? { userId: d.presenter.userId, patientId: d.presenter.patientId ?? null, section: d.presenter.section ?? null } : null, createdAt: d.createdAt,
});
const toOutcome = ({ _id, ...o }: OutcomeDoc): ConferenceOutcomeRecord => ({
  id: _id, conferenceId: o.conferenceId, agendaItemId: o.agendaItemId, kind: o.kind, text: o.text, by: o.by, at: o.at,
  patientId: o.patientId ?? null, ownerId: o.ownerId ?? null, dueDate: o.dueDate ?? null,
});

/** Case conferences in MongoDB. */
export function mongoConferences(m: Models): ConferenceRepository {
  return {
    async create(c) {
      const { id, ...rest } = c;
      await m.conferences.create({ _id: id, ...rest, memberIds: [c.createdBy, ...c.inviteeIds] });
    },
    async find(id) {
      const d = await m.conferences.findOne({ _id: id }).lean<ConferenceDoc>();
      return d ? toConference(d) : null;
    },
    async listForUser(userId) {
      return (await m.conferences.find({ memberIds: userId }).sort({ scheduledFor: 1 }).lean<ConferenceDoc[]>()).map(toConference);
    },
    async updateState(id, s) {
      await m.conferences.updateOne({ _id: id }, { $set: { currentAgendaItemId: s.currentAgendaItemId, timerEndsAt: s.timerEndsAt, presenter: s.presenter } });
    },
    async recordAttendance(id, userId, at) {
      try {
        await m.conferenceAttendance.create({ conferenceId: id, userId, firstJoinedAt: at });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    },
    async attendance(id) {
      return (await m.conferenceAttendance.find({ conferenceId: id }).sort({ firstJoinedAt: 1 }).lean<Array<{ userId: string; firstJoinedAt: string }>>())
        .map((a) => ({ userId: a.userId, firstJoinedAt: a.firstJoinedAt }));
    },
    async addOutcome(o) {
      const { id, ...rest } = o;
      await m.conferenceOutcomes.create({ _id: id, ...rest });
    },
    async outcomes(id) {
      return (await m.conferenceOutcomes.find({ conferenceId: id }).sort({ at: 1, _id: 1 }).lean<OutcomeDoc[]>()).map(toOutcome);
    },
  };
}
