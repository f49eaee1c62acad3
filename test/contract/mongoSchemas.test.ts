import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { auditSchema, careTeamSchema, consentSchema, enrollmentEpisodeSchema, patientSchema, reconciliationSchema, trackedItemSchema, userSchema } from '../../server/src/storage/mongo/schemas';

// Models on a connection that is never opened: validation needs no server.
const connection = mongoose.createConnection();
const User = connection.model('User', userSchema);
const CareTeamMember = connection.model('CareTeamMember', careTeamSchema);
const AuditEvent = connection.model('AuditEvent', auditSchema);
const Patient = connection.model('Patient', patientSchema);
const Reconciliation = connection.model('Reconciliation', reconciliationSchema);
const Consent = connection.model('Consent', consentSchema);
const TrackedItem = connection.model('TrackedItem', trackedItemSchema);
const EnrollmentEpisode = connection.model('EnrollmentEpisode', enrollmentEpisodeSchema);

describe('mongoose schema validation (no server needed)', () => {
  it('accepts a valid user and rejects one without e-mail or with an unknown kind', () => {
    const valid = { _id: 'u1', email: 'a@example.org', emailKey: 'a@example.org', name: 'A', kind: 'staff', isAdmin: false, passwordHash: 'h', createdAt: '2026-01-01' };
    expect(new User(valid).validateSync()).toBeUndefined();
    expect(new User({ ...valid, email: undefined }).validateSync()?.errors.email).toBeDefined();
    expect(new User({ ...valid, kind: 'wizard' }).validateSync()?.errors.kind).toBeDefined();
  });

  it('rejects a care team member with an unknown role', () => {
    const member = { patientId: 'p1', userId: 'u1', role: 'care_coordinator', isLead: true, joinedAt: '2026-01-01' };
    expect(new CareTeamMember(member).validateSync()).toBeUndefined();
    expect(new CareTeamMember({ ...member, role: 'surgeon-general' }).validateSync()?.errors.role).toBeDefined();
  });

  it('rejects an audit event with an unknown outcome or action', () => {
    const ev = { seq: 1, at: '2026-01-01', action: 'R', type: 'patient.read', resourceType: 'Patient', outcome: 'success', prevHash: '0', hash: '1' };
    expect(new AuditEvent(ev).validateSync()).toBeUndefined();
    expect(new AuditEvent({ ...ev, outcome: 'maybe' }).validateSync()?.errors.outcome).toBeDefined();
    expect(new AuditEvent({ ...ev, action: 'X' }).validateSync()?.errors.action).toBeDefined();
  });

  it('allows only Low, Moderate, High or no risk level', () => {
    const p = { _id: 'p1', name: 'R', dateOfBirth: '1948-03-14', memberNumber: 'M', enrollmentDate: '2026-01-01', createdAt: '2026-01-01' };
    expect(new Patient({ ...p, riskLevel: 'High' }).validateSync()).toBeUndefined();
    expect(new Patient({ ...p, riskLevel: null }).validateSync()).toBeUndefined();
    expect(new Patient({ ...p, riskLevel: 'Extreme' }).validateSync()?.errors.riskLevel).toBeDefined();
  });

  it('keeps a patient without a profile valid (stored before it existed) and reads its fields as not recorded', () => {
    const p = new Patient({ _id: 'p1', name: 'R', dateOfBirth: '1948-03-14', memberNumber: 'M', enrollmentDate: '2026-01-01', createdAt: '2026-01-01' });
    expect(p.validateSync()).toBeUndefined();
    expect(p.toObject()).toMatchObject({ preferredLanguage: null, address: null, allergies: null, pcpUserId: null });
    const full = new Patient({ ...p.toObject(), address: { line: '1 A St', city: 'B', state: 'OR', postalCode: '97201' }, allergies: ['Latex'], interpreterNeeded: true });
    expect(full.validateSync()).toBeUndefined();
  });

  it('allows a reconciliation only in progress or completed, from revision 1', () => {
    const r = { _id: 'r1', patientId: 'p1', status: 'in_progress', data: '{}', revision: 1, createdAt: '2026-01-01', updatedAt: '2026-01-01' };
    expect(new Reconciliation(r).validateSync()).toBeUndefined();
    expect(new Reconciliation({ ...r, status: 'abandoned' }).validateSync()?.errors.status).toBeDefined();
    expect(new Reconciliation({ ...r, revision: 0 }).validateSync()?.errors.revision).toBeDefined();
  });

  it('keeps consent versions numbered from 1, with a known way of giving consent', () => {
    const c = { patientId: 'p1', version: 1, preferences: '{}', method: 'written', givenOn: '2026-01-01', recordedBy: 'u1', recordedAt: '2026-01-01' };
    expect(new Consent(c).validateSync()).toBeUndefined();
    expect(new Consent({ ...c, method: 'implied' }).validateSync()?.errors.method).toBeDefined();
    expect(new Consent({ ...c, version: 0 }).validateSync()?.errors.version).toBeDefined();
  });

  it('files a tracked item as clinical by default and only under a known category', () => {
    const t = { _id: 't1', patientId: 'p1', kind: 'referral', data: '{}', createdAt: '2026-01-01', updatedAt: '2026-01-01' };
    expect(new TrackedItem(t).category).toBe('clinical');
    expect(new TrackedItem({ ...t, category: 'substanceUse' }).validateSync()).toBeUndefined();
    expect(new TrackedItem({ ...t, category: 'gossip' }).validateSync()?.errors.category).toBeDefined();
  });

  it('reads an account stored before supervisors existed as not one, and keeps one open enrollment episode per member by a partial unique key', () => {
    const user = new User({ _id: 'u1', email: 'a@example.org', emailKey: 'a@example.org', name: 'A', kind: 'staff', isAdmin: false, passwordHash: 'h', createdAt: '2026-01-01' });
    expect(user.isSupervisor).toBe(false);
    const e = new EnrollmentEpisode({ _id: 'e1', patientId: 'p1', program: 'care_coordination', startedOn: '2026-01-01', startedBy: 'u1', createdAt: '2026-01-01', openFor: 'p1' });
    expect(e.validateSync()).toBeUndefined();
    expect(e.toObject()).toMatchObject({ endedOn: null, endReason: null });
    expect(new EnrollmentEpisode({ ...e.toObject(), startedOn: undefined }).validateSync()?.errors.startedOn).toBeDefined();
    const openKey = enrollmentEpisodeSchema.indexes().find(([fields]) => 'openFor' in fields);
    expect(openKey?.[1]).toMatchObject({ unique: true, partialFilterExpression: { openFor: { $type: 'string' } } });
  });
});
