import type { AlertSummary, InboundChannel, ReviewReason } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { InboundAlertRecord } from '../../storage/port';
import type { Services } from '../services';
import { alertsActor } from './alertsAuthor';
import { applyAlert } from './applyAlert';
import { matchMember } from './matchMember';

/** An alert as a transport hands it over: the text received and what could be read from it. */
export interface IncomingAlert {
  channel: InboundChannel;
  raw: string;
  /** The sender's address, for the audit trail. */
  ip: string | null;
  reading: { ok: true; summary: AlertSummary } | { ok: false; problem: 'malformed' | 'unsupported_event'; controlId: string | null; sendingFacility: string | null };
}

/** What became of an alert: the transport turns it into its acknowledgement. */
export interface AlertOutcome {
  alertId: string;
  status: InboundAlertRecord['status'];
  reason: ReviewReason | 'unsupported_event' | null;
}

/** The key a resend of the same message shares (sender and control id). */
export const controlKeyOf = (channel: InboundChannel, sender: string | null, controlId: string | null) => (controlId ? `${channel}:${sender ?? '?'}:${controlId}` : null);
/** The key the same event of the same stay shares. */
export const eventKeyOf = (s: AlertSummary) => (s.encounterId ? `${s.event}:${s.sendingFacility ?? '?'}:${s.encounterId}` : null);

/**
 * Receives admission and discharge alerts. Every alert is stored before the
 * caller acknowledges it — processed, waiting for review, or (for message
 * types CareHuddle does not act on) set aside — and never deleted. Alerts are
 * taken one at a time per server, so two resends racing on two connections
 * cannot both be applied.
 */
export class AlertIntake {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly services: Services) {}

  /** Stores, classifies and (when matched) applies one alert; resolves once it is stored. */
  receive(alert: IncomingAlert): Promise<AlertOutcome> {
    const next = this.queue.then(() => this.take(alert));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async take(alert: IncomingAlert): Promise<AlertOutcome> {
    const { services } = this;
    const { reading } = alert;
    const summary = reading.ok ? reading.summary : null;
    const controlKey = reading.ok ? controlKeyOf(alert.channel, reading.summary.sendingFacility, reading.summary.controlId) : controlKeyOf(alert.channel, reading.sendingFacility, reading.controlId);
    const eventKey = summary ? eventKeyOf(summary) : null;
    const record: InboundAlertRecord = {
      id: randomUUID(), channel: alert.channel, receivedAt: services.clock.now().toISOString(), raw: alert.raw, summary: summary ? JSON.stringify(summary) : null,
      controlKey, eventKey, status: 'needs_review', reason: null, patientId: null, resolvedBy: null, resolvedAt: null,
    };
    const earlier = (controlKey ? await services.store.inboundAlerts.firstWithControlKey(controlKey) : null)
      ?? (eventKey ? await services.store.inboundAlerts.processedWithEventKey(eventKey) : null);
    if (!reading.ok) {
      Object.assign(record, reading.problem === 'malformed' ? { reason: 'malformed' } : { status: 'dismissed', reason: 'unsupported_event' });
    } else if (earlier) {
      Object.assign(record, { reason: 'duplicate', patientId: earlier.patientId });
    } else {
      const match = await matchMember(services.store, reading.summary);
      Object.assign(record, 'patient' in match ? { status: 'processed', patientId: match.patient.id } : { reason: match.reason });
    }
    await services.store.inboundAlerts.insert(record);
    await services.audit.record({
      actor: alertsActor(alert.ip), role: 'interface', patientId: record.patientId, action: 'C', type: 'alert.receive', resourceType: 'MessageHeader',
      resourceId: record.id, category: 'coordination', outcome: 'success', reason: record.status,
    });
    if (record.status !== 'processed' || !summary) return { alertId: record.id, status: record.status, reason: record.reason as AlertOutcome['reason'] };
    return this.apply(record.id, record.patientId!, summary, alert.ip);
  }

  /** Applies a matched alert; a failure leaves it stored, in the review queue, to be matched again. */
  async apply(alertId: string, patientId: string, summary: AlertSummary, ip: string | null): Promise<AlertOutcome> {
    try {
      await applyAlert(this.services, alertId, patientId, summary, ip);
      return { alertId, status: 'processed', reason: null };
    } catch {
      await this.services.store.inboundAlerts.setOutcome(alertId, { status: 'needs_review', reason: 'processing_failed' });
      return { alertId, status: 'needs_review', reason: 'processing_failed' };
    }
  }
}

const intakes = new WeakMap<Services, AlertIntake>();

/** The one intake of a server (MLLP listener, FHIR route and review queue share its order). */
export function alertIntakeFor(services: Services): AlertIntake {
  let intake = intakes.get(services);
  if (!intake) intakes.set(services, (intake = new AlertIntake(services)));
  return intake;
}
