import { AlertSummarySchema, ReviewReasonSchema, type InboundAlert } from '@carehuddle/shared';
import type { InboundAlertRecord } from '../../storage/port';

/** The only way an inbound alert leaves the server. */
export function presentAlert(record: InboundAlertRecord, patientName: string | null): InboundAlert {
  const summary = record.summary ? AlertSummarySchema.safeParse(JSON.parse(record.summary)) : null;
  const reason = ReviewReasonSchema.safeParse(record.reason);
  return {
    id: record.id, channel: record.channel, receivedAt: record.receivedAt, status: record.status, reason: reason.success ? reason.data : null,
    summary: summary?.success ? summary.data : null, raw: record.raw, patientId: record.patientId, patientName,
  };
}
