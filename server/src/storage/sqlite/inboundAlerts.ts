import type { InboundAlertRecord, InboundAlertRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const inboundAlertsSchema = `
CREATE TABLE IF NOT EXISTS inbound_alerts (
  id TEXT PRIMARY KEY, channel TEXT NOT NULL, received_at TEXT NOT NULL, raw TEXT NOT NULL, summary TEXT, control_key TEXT, event_key TEXT,
  status TEXT NOT NULL, reason TEXT, patient_id TEXT, resolved_by TEXT, resolved_at TEXT
);
CREATE INDEX IF NOT EXISTS inbound_alerts_by_control_key ON inbound_alerts (control_key, received_at);
CREATE INDEX IF NOT EXISTS inbound_alerts_by_event_key ON inbound_alerts (event_key, status);
CREATE INDEX IF NOT EXISTS inbound_alerts_by_status ON inbound_alerts (status, received_at);`;

interface Row {
  id: string; channel: InboundAlertRecord['channel']; received_at: string; raw: string; summary: string | null; control_key: string | null; event_key: string | null;
  status: InboundAlertRecord['status']; reason: string | null; patient_id: string | null; resolved_by: string | null; resolved_at: string | null;
}
const toAlert = (r: Row): InboundAlertRecord => ({
  id: r.id, channel: r.channel, receivedAt: r.received_at, raw: r.raw, summary: r.summary, controlKey: r.control_key, eventKey: r.event_key,
  status: r.status, reason: r.reason, patientId: r.patient_id, resolvedBy: r.resolved_by, resolvedAt: r.resolved_at,
});

/** Admission and discharge alerts in the embedded store. */
export function sqliteInboundAlerts(db: SqliteDb): InboundAlertRepository {
  const insert = db.prepare(`INSERT INTO inbound_alerts (id, channel, received_at, raw, summary, control_key, event_key, status, reason, patient_id, resolved_by, resolved_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const one = db.prepare<[string], Row>('SELECT * FROM inbound_alerts WHERE id = ?');
  const byControl = db.prepare<[string], Row>('SELECT * FROM inbound_alerts WHERE control_key = ? ORDER BY received_at, rowid LIMIT 1');
  const byEvent = db.prepare<[string], Row>("SELECT * FROM inbound_alerts WHERE event_key = ? AND status = 'processed' ORDER BY received_at, rowid LIMIT 1");
  const waiting = db.prepare<[number], Row>("SELECT * FROM inbound_alerts WHERE status = 'needs_review' ORDER BY received_at, rowid LIMIT ?");
  const settle = db.prepare("UPDATE inbound_alerts SET status = ?, reason = ?, patient_id = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'needs_review'");
  const outcome = db.prepare('UPDATE inbound_alerts SET status = ?, reason = ? WHERE id = ?');
  return {
    async insert(a) {
      insert.run(a.id, a.channel, a.receivedAt, a.raw, a.summary, a.controlKey, a.eventKey, a.status, a.reason, a.patientId, a.resolvedBy, a.resolvedAt);
    },
    async find(id) {
      if (!isKey(id)) return null;
      const row = one.get(id);
      return row ? toAlert(row) : null;
    },
    async firstWithControlKey(controlKey) {
      if (!isKey(controlKey)) return null;
      const row = byControl.get(controlKey);
      return row ? toAlert(row) : null;
    },
    async processedWithEventKey(eventKey) {
      if (!isKey(eventKey)) return null;
      const row = byEvent.get(eventKey);
      return row ? toAlert(row) : null;
    },
    async listNeedingReview(limit) {
      return waiting.all(limit).map(toAlert);
    },
    async settle(id, c) {
      if (!isKey(id)) return false;
      return settle.run(c.status, c.reason, c.patientId, c.resolvedBy, c.resolvedAt, id).changes === 1;
    },
    async setOutcome(id, c) {
      outcome.run(c.status, c.reason, id);
    },
  };
}
