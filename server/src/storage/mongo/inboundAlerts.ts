import type { InboundAlertRecord, InboundAlertRepository } from '../port';
import type { Models } from './models';

interface Doc extends Omit<InboundAlertRecord, 'id'> { _id: string }
const toAlert = ({ _id, ...d }: Doc): InboundAlertRecord => ({
  id: _id, channel: d.channel, receivedAt: d.receivedAt, raw: d.raw, summary: d.summary ?? null, controlKey: d.controlKey ?? null, eventKey: d.eventKey ?? null,
  status: d.status, reason: d.reason ?? null, patientId: d.patientId ?? null, resolvedBy: d.resolvedBy ?? null, resolvedAt: d.resolvedAt ?? null,
});

/** Admission and discharge alerts in MongoDB. */
export function mongoInboundAlerts(m: Models): InboundAlertRepository {
  return {
    async insert(a) {
      const { id, ...rest } = a;
      await m.inboundAlerts.create({ _id: id, ...rest });
    },
    async find(id) {
      const d = await m.inboundAlerts.findOne({ _id: id }).lean<Doc>();
      return d ? toAlert(d) : null;
    },
    async firstWithControlKey(controlKey) {
      const d = await m.inboundAlerts.findOne({ controlKey }).sort({ receivedAt: 1, _id: 1 }).lean<Doc>();
      return d ? toAlert(d) : null;
    },
    async processedWithEventKey(eventKey) {
      const d = await m.inboundAlerts.findOne({ eventKey, status: 'processed' }).sort({ receivedAt: 1, _id: 1 }).lean<Doc>();
      return d ? toAlert(d) : null;
    },
    async listNeedingReview(limit) {
      return (await m.inboundAlerts.find({ status: 'needs_review' }).sort({ receivedAt: 1, _id: 1 }).limit(limit).lean<Doc[]>()).map(toAlert);
    },
    async settle(id, c) {
      const result = await m.inboundAlerts.updateOne({ _id: id, status: 'needs_review' }, { $set: { ...c } });
      return result.modifiedCount === 1;
    },
    async setOutcome(id, c) {
      await m.inboundAlerts.updateOne({ _id: id }, { $set: { ...c } });
    },
  };
}
