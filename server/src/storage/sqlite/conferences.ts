import type { ConferenceOutcomeRecord, ConferenceRecord, ConferenceRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const conferencesSchema = `
CREATE TABLE IF NOT EXISTS conferences (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, scheduled_for TEXT NOT NULL, created_by TEXT NOT NULL, agenda TEXT NOT NULL,
  invitee_ids TEXT NOT NULL, current_agenda_item_id TEXT, timer_ends_at TEXT, presenter TEXT, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS conference_members (conference_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (conference_id, user_id));
CREATE INDEX IF NOT EXISTS conference_members_by_user ON conference_members (user_id);
CREATE TABLE IF NOT EXISTS conference_attendance (conference_id TEXT NOT NULL, user_id TEXT NOT NULL, first_joined_at TEXT NOT NULL, PRIMARY KEY (conference_id, user_id));
CREATE TABLE IF NOT EXISTS conference_outcomes (
  id TEXT PRIMARY KEY, conference_id TEXT NOT NULL, agenda_item_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, by TEXT NOT NULL,
  at TEXT NOT NULL, patient_id TEXT, owner_id TEXT, due_date TEXT
);
CREATE INDEX IF NOT EXISTS conference_outcomes_by_conference ON conference_outcomes (conference_id, at);`;

interface ConferenceRow { id: string; title: string; scheduled_for: string; created_by: string; agenda: string; invitee_ids: string; current_agenda_item_id: string | null; timer_ends_at: string | null; presenter: string | null; created_at: string }
interface OutcomeRow { id: string; conference_id: string; agenda_item_id: string; kind: 'decision' | 'action'; text: string; by: string; at: string; patient_id: string | null; owner_id: string | null; due_date: string | null }

const toConference = (r: ConferenceRow): ConferenceRecord => ({
  id: r.id, title: r.title, scheduledFor: r.scheduled_for, createdBy: r.created_by, agenda: JSON.parse(r.agenda) as ConferenceRecord['agenda'],
  inviteeIds: JSON.parse(r.invitee_ids) as string[], currentAgendaItemId: r.current_agenda_item_id, timerEndsAt: r.timer_ends_at,
  presenter: r.presenter ? (JSON.parse(r.presenter) as ConferenceRecord['presenter']) : null, createdAt: r.created_at,
});
const toOutcome = (r: OutcomeRow): ConferenceOutcomeRecord => ({
  id: r.id, conferenceId: r.conference_id, agendaItemId: r.agenda_item_id, kind: r.kind, text: r.text, by: r.by, at: r.at, patientId: r.patient_id, ownerId: r.owner_id, dueDate: r.due_date,
});

/** Case conferences in the embedded store. */
export function sqliteConferences(db: SqliteDb): ConferenceRepository {
  const insert = db.prepare(`INSERT INTO conferences (id, title, scheduled_for, created_by, agenda, invitee_ids, current_agenda_item_id, timer_ends_at, presenter, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const member = db.prepare('INSERT OR IGNORE INTO conference_members (conference_id, user_id) VALUES (?, ?)');
  const byId = db.prepare<[string], ConferenceRow>('SELECT * FROM conferences WHERE id = ?');
  const forUser = db.prepare<[string], ConferenceRow>('SELECT c.* FROM conferences c JOIN conference_members m ON m.conference_id = c.id WHERE m.user_id = ? ORDER BY c.scheduled_for');
  const state = db.prepare('UPDATE conferences SET current_agenda_item_id = ?, timer_ends_at = ?, presenter = ? WHERE id = ?');
  const attend = db.prepare('INSERT OR IGNORE INTO conference_attendance (conference_id, user_id, first_joined_at) VALUES (?, ?, ?)');
  const attendance = db.prepare<[string], { user_id: string; first_joined_at: string }>('SELECT user_id, first_joined_at FROM conference_attendance WHERE conference_id = ? ORDER BY first_joined_at');
  const addOutcome = db.prepare(`INSERT INTO conference_outcomes (id, conference_id, agenda_item_id, kind, text, by, at, patient_id, owner_id, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const outcomes = db.prepare<[string], OutcomeRow>('SELECT * FROM conference_outcomes WHERE conference_id = ? ORDER BY at, rowid');
  const create = db.transaction((c: ConferenceRecord) => {
    insert.run(c.id, c.title, c.scheduledFor, c.createdBy, JSON.stringify(c.agenda), JSON.stringify(c.inviteeIds), c.currentAgendaItemId, c.timerEndsAt, c.presenter ? JSON.stringify(c.presenter) : null, c.createdAt);
    for (const userId of [c.createdBy, ...c.inviteeIds]) member.run(c.id, userId);
  });
  return {
    async create(c) {
      create(c);
    },
    async find(id) {
      if (!isKey(id)) return null;
      const row = byId.get(id);
      return row ? toConference(row) : null;
    },
    async listForUser(userId) {
      return forUser.all(userId).map(toConference);
    },
    async updateState(id, s) {
      state.run(s.currentAgendaItemId, s.timerEndsAt, s.presenter ? JSON.stringify(s.presenter) : null, id);
    },
    async recordAttendance(id, userId, at) {
      attend.run(id, userId, at);
    },
    async attendance(id) {
      return attendance.all(id).map((r) => ({ userId: r.user_id, firstJoinedAt: r.first_joined_at }));
    },
    async addOutcome(o) {
      addOutcome.run(o.id, o.conferenceId, o.agendaItemId, o.kind, o.text, o.by, o.at, o.patientId, o.ownerId, o.dueDate);
    },
    async outcomes(id) {
      return outcomes.all(id).map(toOutcome);
    },
  };
}
