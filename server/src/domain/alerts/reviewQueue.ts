import { AlertSummarySchema, type DismissAlert, type InboundAlert } from '@carehuddle/shared';
import type { CareTeamMembershipRecord, InboundAlertRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { requireCareCoordinator } from '../patients/requireCoordinator';
import { canReviewAlerts, canSeeAlert } from '../policies/alertPolicy';
import type { Services } from '../services';
import { presentAlert } from './presentAlert';
import { alertIntakeFor } from './receiveAlert';

/** How many waiting alerts one page of the queue shows (oldest first). */
const QUEUE_PAGE = 200;
const ALERT_AUDIT = { resourceType: 'MessageHeader', category: 'coordination' } as const;

/** The caller's memberships, if they review alerts; anyone else is refused and audited. */
async function requireReviewer(services: Services, actor: Actor, type: string): Promise<CareTeamMembershipRecord[]> {
  const memberships = await services.store.careTeams.listForUser(actor.userId);
  if (!canReviewAlerts(actor, memberships)) {
    await services.audit.record({ actor, action: type === 'alert.review' ? 'R' : 'U', type, ...ALERT_AUDIT, outcome: 'denied', reason: 'only care coordinators review alerts' });
    throw forbidden('Only care coordinators review admission alerts.');
  }
  return memberships;
}

/** A waiting alert the reviewer may see; others (and settled ones) answer as they would to anyone. */
async function requireWaitingAlert(services: Services, actor: Actor, alertId: string, type: string): Promise<InboundAlertRecord> {
  const memberships = await requireReviewer(services, actor, type);
  const alert = await services.store.inboundAlerts.find(alertId);
  if (!alert || !canSeeAlert(memberships, alert.patientId)) {
    await services.audit.record({ actor, action: 'U', type, ...ALERT_AUDIT, resourceId: alertId, outcome: 'denied', reason: alert ? 'alert of a member the reviewer does not coordinate' : 'no such alert' });
    throw notFound('Alert');
  }
  if (alert.status !== 'needs_review') throw conflict('Someone has already settled this alert.');
  return alert;
}

/** The alerts waiting for the caller: unmatched and unreadable ones, and duplicates about members they coordinate. */
export async function readReviewQueue(services: Services, actor: Actor): Promise<InboundAlert[]> {
  const memberships = await requireReviewer(services, actor, 'alert.review');
  const alerts = (await services.store.inboundAlerts.listNeedingReview(QUEUE_PAGE)).filter((a) => canSeeAlert(memberships, a.patientId));
  const patientIds = [...new Set(alerts.flatMap((a) => (a.patientId ? [a.patientId] : [])))];
  const names = new Map((await services.store.patients.findManyByIds(patientIds)).map((p) => [p.id, p.name]));
  // Unmatched alerts name people who are no member yet: one record without a patient covers them; each member shown gets one of their own.
  await services.audit.recordMany([
    ...(alerts.some((a) => a.patientId === null) ? [{ actor, action: 'R' as const, type: 'alert.review', ...ALERT_AUDIT, outcome: 'success' as const }] : []),
    ...patientIds.map((patientId) => ({ actor, patientId, action: 'R' as const, type: 'alert.review', ...ALERT_AUDIT, outcome: 'success' as const })),
  ]);
  if (alerts.length === 0 && patientIds.length === 0) await services.audit.record({ actor, action: 'R', type: 'alert.review', ...ALERT_AUDIT, outcome: 'success' });
  return alerts.map((a) => presentAlert(a, a.patientId ? names.get(a.patientId) ?? null : null));
}

/** A coordinator names the member an alert is about; it is then applied as if it had matched on arrival. */
export async function matchAlert(services: Services, actor: Actor, alertId: string, patientId: string): Promise<InboundAlert> {
  const alert = await requireWaitingAlert(services, actor, alertId, 'alert.match');
  const summary = alert.summary ? AlertSummarySchema.safeParse(JSON.parse(alert.summary)) : null;
  if (!summary?.success) throw invalid('patientId', 'This message could not be read, so it cannot be applied; dismiss it and ask the sender to send it again.');
  const { patient, membership } = await requireCareCoordinator(services, actor, patientId, {
    type: 'alert.match', resourceType: 'MessageHeader', message: 'Only the member\'s care coordinator can match an alert to them.',
  });
  const at = services.clock.now().toISOString();
  if (!await services.store.inboundAlerts.settle(alert.id, { status: 'processed', reason: null, patientId, resolvedBy: actor.userId, resolvedAt: at })) {
    throw conflict('Someone has already settled this alert.');
  }
  await services.audit.record({ actor, role: membership.role, patientId, action: 'U', type: 'alert.match', ...ALERT_AUDIT, resourceId: alert.id, outcome: 'success' });
  const outcome = await alertIntakeFor(services).apply(alert.id, patientId, summary.data, actor.ip);
  return presentAlert({ ...alert, status: outcome.status, reason: outcome.reason, patientId, resolvedBy: actor.userId, resolvedAt: at }, patient.name);
}

/** A coordinator sets an alert aside (a true duplicate, not a member, a test message); it stays stored. */
export async function dismissAlert(services: Services, actor: Actor, alertId: string, input: DismissAlert): Promise<void> {
  const alert = await requireWaitingAlert(services, actor, alertId, 'alert.dismiss');
  const at = services.clock.now().toISOString();
  if (!await services.store.inboundAlerts.settle(alert.id, { status: 'dismissed', reason: input.reason, patientId: alert.patientId, resolvedBy: actor.userId, resolvedAt: at })) {
    throw conflict('Someone has already settled this alert.');
  }
  await services.audit.record({ actor, patientId: alert.patientId, action: 'U', type: 'alert.dismiss', ...ALERT_AUDIT, resourceId: alert.id, outcome: 'success', reason: input.reason });
}
