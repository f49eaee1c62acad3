import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrackingCategory } from '@carehuddle/shared';
import { sentActionStoreContract } from './sentActionStoreContract';
import { taskStoreContract } from './taskStoreContract';
import { searchStoreContract } from './searchStoreContract';
import { measureStoreContract } from './measureStoreContract';
import { caseloadStoreContract } from './caseloadStoreContract';
import { attachmentStoreContract } from './attachmentStoreContract';
import { notificationStoreContract } from './notificationStoreContract';
import { verifyAuditChain } from '../../server/src/storage/auditVerification';
import { DuplicateKeyError, type ApiClientRecord, type AuditEventInput, type ConsentRecord, type InboundAlertRecord, type InvitationRecord, type PlanShareRecord, type ScreeningRecord, type Store, type UserRecord } from '../../server/src/storage/port';

const user = (over: Partial<UserRecord> = {}): UserRecord => ({
  id: 'u-1', email: 'Maya@Example.org', name: 'Maya', kind: 'staff', isAdmin: false, passwordHash: 'hash', createdAt: '2026-01-01T00:00:00.000Z', preferredLanguage: 'en', ...over,
});

const event = (over: Partial<AuditEventInput> = {}): AuditEventInput => ({
  at: '2026-01-01T00:00:00.000Z', userId: 'u-1', role: 'care_coordinator', patientId: 'p-1', action: 'R', type: 'patient.read',
  resourceType: 'Patient', resourceId: 'p-1', category: null, outcome: 'success', ip: '127.0.0.1', sessionId: 's-1', reason: null, ...over,
});

const NO_PROFILE = {
  preferredLanguage: null, interpreterNeeded: null, phone: null, preferredContactTime: null,
  address: null, healthPlanName: null, allergies: null, pcpUserId: null,
};

const operator = { $ne: null } as unknown as string;

/** The audit key every adapter under contract is opened with (as AUDIT_KEY would give it). */
export const CONTRACT_AUDIT_KEY = Buffer.from('contract-audit-key-0123456789abcdef');

/** The behaviour every storage adapter must have; runs against each adapter. */
export function describeStoreContract(name: string, openFreshStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(() => store.close());
    taskStoreContract(() => store);
    sentActionStoreContract(() => store);
    searchStoreContract(() => store);
    measureStoreContract(() => store);
    caseloadStoreContract(() => store);
    attachmentStoreContract(() => store);
    notificationStoreContract(() => store);

    it('users: round-trip, case-insensitive unique e-mail, staff list by name, operators never match', async () => {
      await store.users.create(user());
      await store.users.create(user({ id: 'u-2', email: 'amy@example.org', name: 'Amy' }));
      await store.users.create(user({ id: 'u-3', email: 'elena@example.org', name: 'Elena', kind: 'caregiver' }));
      expect(await store.users.findById('u-1')).toEqual(user());
      expect(await store.users.findByEmail('maya@example.org')).toEqual(user());
      expect(await store.users.findById('nope')).toBeNull();
      await expect(store.users.create(user({ id: 'u-9', email: 'MAYA@example.org' }))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.users.findById('u-1'))?.name).toBe('Maya');
      expect((await store.users.listStaff()).map((u) => u.name)).toEqual(['Amy', 'Maya']);
      expect(await store.users.findManyByIds([])).toEqual([]);
      expect((await store.users.findManyByIds(['u-1', 'ghost'])).map((u) => u.id)).toEqual(['u-1']);
      expect(await store.users.count()).toBe(3);
      expect(await store.users.findById(operator)).toBeNull();
      expect(await store.users.findByEmail(operator)).toBeNull();
    });

    it('users: a work phone is set with the account or later, cleared with null, and absent on other accounts', async () => {
      await store.users.create(user({ workPhone: '555-201-3344' }));
      await store.users.create(user({ id: 'u-2', email: 'amy@example.org', name: 'Amy' }));
      expect((await store.users.findById('u-1'))?.workPhone).toBe('555-201-3344');
      expect(await store.users.findById('u-2')).toEqual(user({ id: 'u-2', email: 'amy@example.org', name: 'Amy' }));
      expect(await store.users.setWorkPhone('u-2', '(555) 014-7788')).toBe(true);
      expect((await store.users.findManyByIds(['u-2']))[0]?.workPhone).toBe('(555) 014-7788');
      expect(await store.users.setWorkPhone('u-1', null)).toBe(true);
      expect(await store.users.findById('u-1')).toEqual(user());
      expect(await store.users.setWorkPhone('ghost', '555-201-3344')).toBe(false);
      expect(await store.users.setWorkPhone(operator, '555-201-3344')).toBe(false);
    });

    it('sessions: create, touch, delete', async () => {
      const s = { id: 's-1', userId: 'u-1', createdAt: '2026-01-01T00:00:00.000Z', lastActiveAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-01T12:00:00.000Z' };
      await store.sessions.create(s);
      await store.sessions.touch('s-1', '2026-01-01T00:10:00.000Z');
      expect(await store.sessions.findById('s-1')).toEqual({ ...s, lastActiveAt: '2026-01-01T00:10:00.000Z' });
      await store.sessions.delete('s-1');
      expect(await store.sessions.findById('s-1')).toBeNull();
    });

    it('accounts: password change, disable and re-enable; every session of a user ends but the one kept', async () => {
      await store.users.create(user());
      await store.users.setPasswordHash('u-1', 'new-hash');
      expect(await store.users.setDisabled('u-1', '2026-01-02T00:00:00.000Z')).toBe(true);
      expect(await store.users.findById('u-1')).toEqual({ ...user(), passwordHash: 'new-hash', disabledAt: '2026-01-02T00:00:00.000Z' });
      expect(await store.users.setDisabled('u-1', null)).toBe(true);
      expect(await store.users.findById('u-1')).toEqual({ ...user(), passwordHash: 'new-hash' });
      expect(await store.users.setDisabled('ghost', '2026-01-02T00:00:00.000Z')).toBe(false);
      const session = (id: string, userId: string) => ({ id, userId, createdAt: '2026-01-01T00:00:00.000Z', lastActiveAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-01T12:00:00.000Z' });
      for (const s of [session('s-1', 'u-1'), session('s-2', 'u-1'), session('s-3', 'u-1'), session('s-4', 'u-2')]) await store.sessions.create(s);
      expect((await store.sessions.deleteForUser('u-1', 's-2')).sort()).toEqual(['s-1', 's-3']);
      expect(await store.sessions.findById('s-2')).not.toBeNull();
      expect(await store.sessions.findById('s-4')).not.toBeNull();
      expect(await store.sessions.deleteForUser('u-1')).toEqual(['s-2']);
      expect(await store.sessions.deleteForUser(operator)).toEqual([]);
    });

    it('patients and care teams: round-trips, unique keys, lead first, removal', async () => {
      const p = { id: 'p-1', name: 'Rosa', dateOfBirth: '1948-03-14', memberNumber: 'M-1', enrollmentDate: '2026-01-01', riskLevel: null, riskSetBy: null, riskSetAt: null, createdAt: '2026-01-01T00:00:00.000Z' };
      await store.patients.create(p);
      // Profile fields left out when writing read as "not recorded".
      expect(await store.patients.findById('p-1')).toEqual({ ...p, ...NO_PROFILE });
      await expect(store.patients.create({ ...p, id: 'p-2' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await store.patients.setRiskLevel('p-1', { riskLevel: 'High', riskSetBy: 'u-1', riskSetAt: '2026-01-20T00:00:00.000Z' });
      expect((await store.patients.findById('p-1'))?.riskLevel).toBe('High');
      expect(await store.patients.findManyByIds(['p-1', 'p-x'])).toHaveLength(1);
      await store.patients.create({ ...p, id: 'p-0', memberNumber: 'M-0' });
      expect(await store.patients.listIds()).toEqual(['p-0', 'p-1']);

      await store.careTeams.add({ patientId: 'p-1', userId: 'u-2', role: 'nurse', isLead: false, joinedAt: '2026-01-02T00:00:00.000Z' });
      await store.careTeams.add({ patientId: 'p-1', userId: 'u-1', role: 'care_coordinator', isLead: true, joinedAt: '2026-01-03T00:00:00.000Z' });
      await expect(store.careTeams.add({ patientId: 'p-1', userId: 'u-1', role: 'nurse', isLead: false, joinedAt: '2026-01-04T00:00:00.000Z' })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.careTeams.find('p-1', 'u-1'))?.role).toBe('care_coordinator');
      expect((await store.careTeams.listForPatient('p-1')).map((m) => m.userId)).toEqual(['u-1', 'u-2']);
      expect((await store.careTeams.listForUser('u-2')).map((m) => m.patientId)).toEqual(['p-1']);
      expect(await store.careTeams.remove('p-1', 'u-2')).toBe(true);
      expect(await store.careTeams.remove('p-1', 'u-2')).toBe(false);
      expect(await store.careTeams.find('p-1', operator)).toBeNull();
    });

    it('patient profile: round-trips, a change sets only the fields it names, null clears', async () => {
      const profile = {
        preferredLanguage: 'es', interpreterNeeded: true, phone: '503-555-0142', preferredContactTime: 'Weekday mornings',
        address: { line: '14 Alder St, Apt 3', city: 'Portland', state: 'OR', postalCode: '97201' }, healthPlanName: 'Cascade Health',
        allergies: ['Penicillin', 'Shellfish'], pcpUserId: 'u-9',
      };
      const p = { id: 'p-7', name: 'Rosa', dateOfBirth: '1948-03-14', memberNumber: 'M-7', enrollmentDate: '2026-01-01', riskLevel: null, riskSetBy: null, riskSetAt: null, createdAt: '2026-01-01T00:00:00.000Z', ...profile };
      await store.patients.create(p);
      expect(await store.patients.findById('p-7')).toEqual(p);
      expect(await store.patients.updateDetails('p-7', { name: 'Rosa D.', phone: null, allergies: [], interpreterNeeded: false })).toBe(true);
      expect(await store.patients.findById('p-7')).toEqual({ ...p, name: 'Rosa D.', phone: null, allergies: [], interpreterNeeded: false });
      expect(await store.patients.updateDetails('p-7', {})).toBe(true);
      expect(await store.patients.updateDetails('p-missing', { phone: '503-555-0100' })).toBe(false);
      expect(await store.patients.findById('p-missing')).toBeNull();
    });

    it('audit: a gapless hash chain even under concurrent appends, filtered reads', async () => {
      await Promise.all(Array.from({ length: 50 }, (_, i) => store.audit.append(event({ patientId: i % 2 ? 'p-1' : 'p-2', userId: `u-${i % 3}` }))));
      const all: number[] = [];
      for await (const r of store.audit.iterateAll()) all.push(r.seq);
      expect(all).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(await verifyAuditChain(CONTRACT_AUDIT_KEY, store.audit.iterateAll())).toEqual({ ok: true, count: 50 });
      expect((await verifyAuditChain(Buffer.from('another key'), store.audit.iterateAll())).ok).toBe(false);
      const forP1 = await store.audit.list({ patientId: 'p-1', limit: 100 });
      expect(forP1).toHaveLength(25);
      expect(forP1.every((r) => r.patientId === 'p-1')).toBe(true);
      const page = await store.audit.list({ afterSeq: 10, limit: 5 });
      expect(page.map((r) => r.seq)).toEqual([11, 12, 13, 14, 15]);
    });

    it('audit: a batch is appended as consecutive links; reads filter by date range and hide restricted categories with their sub-categories', async () => {
      await store.audit.append(event({ at: '2026-01-01T00:00:00.000Z', category: 'shared' }));
      const batch = await store.audit.appendMany([
        event({ at: '2026-02-01T00:00:00.000Z', category: 'substanceUse' }),
        event({ at: '2026-03-01T00:00:00.000Z', category: 'substanceUse/notes', patientId: 'p-2' }),
        event({ at: '2026-04-01T00:00:00.000Z', category: 'substanceUseless' }),
        event({ at: '2026-05-01T00:00:00.000Z', category: null }),
      ]);
      expect(batch.map((r) => r.seq)).toEqual([2, 3, 4, 5]);
      expect(batch[1]!.prevHash).toBe(batch[0]!.hash);
      expect(await store.audit.appendMany([])).toEqual([]);
      expect(await verifyAuditChain(CONTRACT_AUDIT_KEY, store.audit.iterateAll())).toEqual({ ok: true, count: 5 });
      const visible = await store.audit.list({ limit: 10, excludeCategories: ['substanceUse', 'sensitive'] });
      expect(visible.map((r) => r.seq)).toEqual([1, 4, 5]);
      const range = await store.audit.list({ limit: 10, from: '2026-02-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
      expect(range.map((r) => r.seq)).toEqual([2, 3]);
      expect((await store.audit.list({ limit: 10, patientId: 'p-2' })).map((r) => r.seq)).toEqual([3]);
    });

    it('documents: append in order, compact, never compact backwards, attribution', async () => {
      const u = (n: number) => ({ update: new Uint8Array([n]), userId: 'u-1', at: '2026-01-01T00:00:00.000Z' });
      expect(await store.documents.append('plan:p-1:shared', [u(1), u(2)])).toBe(2);
      expect(await store.documents.append('plan:p-1:shared', [u(3)])).toBe(3);
      expect((await store.documents.load('plan:p-1:shared')).updates.map((x) => x.seq)).toEqual([1, 2, 3]);
      await store.documents.compact('plan:p-1:shared', new Uint8Array([9, 9]), 2);
      await store.documents.compact('plan:p-1:shared', new Uint8Array([7]), 1);
      const loaded = await store.documents.load('plan:p-1:shared');
      expect(Array.from(loaded.snapshot ?? [])).toEqual([9, 9]);
      expect(loaded.updates.map((x) => x.seq)).toEqual([3]);
      expect(await store.documents.append('plan:p-1:shared', [u(4)])).toBe(4);
      expect(await store.documents.tailLength('plan:p-1:shared')).toBe(2);
      expect(await store.documents.load('plan:other:shared')).toEqual({ snapshot: null, updates: [] });
      await store.documents.recordAttribution('plan:p-1:shared', [{ itemKey: 'goals/g1', userId: 'u-1', at: '2026-01-01T00:00:00.000Z' }]);
      await store.documents.recordAttribution('plan:p-1:shared', [{ itemKey: 'goals/g1', userId: 'u-2', at: '2026-01-02T00:00:00.000Z' }]);
      expect(await store.documents.attribution('plan:p-1:shared')).toEqual([{ itemKey: 'goals/g1', userId: 'u-2', at: '2026-01-02T00:00:00.000Z' }]);
    });

    it('plan versions: stored with every document state, listed newest first', async () => {
      const v = (id: string, at: string) => ({ id, patientId: 'p-1', title: `Review ${id}`, signedBy: 'u-1', signedAt: at, states: { shared: new Uint8Array([1, 2]), clinical: new Uint8Array([3]) } });
      await store.planVersions.create(v('v1', '2026-01-01T00:00:00.000Z'));
      await store.planVersions.create(v('v2', '2026-02-01T00:00:00.000Z'));
      expect((await store.planVersions.listForPatient('p-1')).map((x) => x.id)).toEqual(['v2', 'v1']);
      const found = await store.planVersions.find('p-1', 'v1');
      expect(Array.from(found?.states.shared ?? [])).toEqual([1, 2]);
      expect(await store.planVersions.find('p-2', 'v1')).toBeNull();
    });

    it('plan approvals: one per member and version, the first date stands, listed oldest first per patient', async () => {
      const approval = (versionId: string, approvedAt: string, patientId = 'p-1') => ({ patientId, versionId, approvedBy: 'member-1', approvedAt });
      expect(await store.planVersions.approve(approval('v1', '2026-03-01T00:00:00.000Z'))).toBe(true);
      expect(await store.planVersions.approve(approval('v1', '2026-03-05T00:00:00.000Z'))).toBe(false);
      expect(await store.planVersions.approve(approval('v2', '2026-03-02T00:00:00.000Z'))).toBe(true);
      await store.planVersions.approve(approval('v9', '2026-03-03T00:00:00.000Z', 'p-2'));
      expect(await store.planVersions.approvals('p-1')).toEqual([approval('v1', '2026-03-01T00:00:00.000Z'), approval('v2', '2026-03-02T00:00:00.000Z')]);
    });

    it('plan templates: versions only ever added, one writer per version, latest of each listed by title', async () => {
      const t = (id: string, version: number, title: string) => ({ id, version, title, data: `{"v":${version}}`, createdBy: version > 1 ? 'u-1' : null, createdAt: `2026-01-0${version}T00:00:00.000Z` });
      await store.planTemplates.insertVersion(t('hf', 1, 'Heart failure'));
      await store.planTemplates.insertVersion(t('copd', 1, 'COPD'));
      await store.planTemplates.insertVersion(t('hf', 2, 'Heart failure (HFrEF)'));
      await expect(store.planTemplates.insertVersion(t('hf', 2, 'A racing edit'))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.planTemplates.listLatest()).map((x) => [x.id, x.version])).toEqual([['copd', 1], ['hf', 2]]);
      expect(await store.planTemplates.find('hf')).toMatchObject({ version: 2, data: '{"v":2}', createdBy: 'u-1' });
      expect(await store.planTemplates.find('hf', 1)).toMatchObject({ version: 1, title: 'Heart failure', createdBy: null });
      expect(await store.planTemplates.find('hf', 3)).toBeNull();
      expect(await store.planTemplates.find(operator)).toBeNull();
    });

    it('notes: atomic activity counter, idempotency key unique per author, edits keep revisions, paging by activity', async () => {
      expect(await store.notes.nextActivitySeq('p-1')).toBe(1);
      expect(await store.notes.nextActivitySeq('p-1')).toBe(2);
      expect(await store.notes.nextActivitySeq('p-2')).toBe(1);
      const thread = (id: string, seq: number) => ({ id, patientId: 'p-1', anchor: '{"kind":"patient"}', visibility: 'team' as const, resolved: false, createdAt: '2026-01-01T00:00:00.000Z', lastActivityAt: '2026-01-01T00:00:00.000Z', activitySeq: seq });
      const note = (id: string, threadId: string, key: string) => ({ id, threadId, patientId: 'p-1', authorId: 'u-1', body: `body ${id}`, mentions: ['u-2'], idempotencyKey: key, createdAt: '2026-01-01T00:00:00.000Z', editedAt: null, retractedBy: null, retractedAt: null, retractReason: null });
      await store.notes.insertThread(thread('t-1', 1));
      await store.notes.insertThread({ ...thread('t-2', 2), visibility: 'family' });
      await store.notes.insertNote(note('n-1', 't-1', 'key-aaaaaaaa'));
      await expect(store.notes.insertNote(note('n-2', 't-1', 'key-aaaaaaaa'))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.notes.findNoteByIdempotencyKey('u-1', 'key-aaaaaaaa'))?.id).toBe('n-1');
      await store.notes.editNote('n-1', { body: 'new', mentions: [], editedAt: '2026-01-02T00:00:00.000Z' }, { noteId: 'n-1', body: 'body n-1', editedBy: 'u-1', replacedAt: '2026-01-02T00:00:00.000Z' });
      expect((await store.notes.findNote('p-1', 'n-1'))?.body).toBe('new');
      expect((await store.notes.revisionCounts(['n-1'])).get('n-1')).toBe(1);
      await store.notes.retractNote('n-1', { retractedBy: 'u-1', retractedAt: '2026-01-03T00:00:00.000Z', retractReason: 'wrong patient' });
      expect((await store.notes.findNote('p-1', 'n-1'))?.retractReason).toBe('wrong patient');
      await store.notes.touchThread('t-1', { activitySeq: 3, lastActivityAt: '2026-01-03T00:00:00.000Z', resolved: true });
      expect((await store.notes.listThreads('p-1', { limit: 10 })).map((t) => t.id)).toEqual(['t-1', 't-2']);
      expect((await store.notes.listThreads('p-1', { limit: 10, before: 3 })).map((t) => t.id)).toEqual(['t-2']);
      expect((await store.notes.listThreads('p-1', { limit: 10, after: 2 })).map((t) => t.id)).toEqual(['t-1']);
      expect((await store.notes.listThreads('p-1', { limit: 10, visibility: 'family' })).map((t) => t.id)).toEqual(['t-2']);
      expect((await store.notes.findThread('p-1', 't-1'))?.resolved).toBe(true);
      expect(await store.notes.findThread('p-2', 't-1')).toBeNull();
      await store.notes.setReadMarker('t-1', 'u-2', 3);
      await store.notes.setReadMarker('t-1', 'u-2', 1);
      expect((await store.notes.readMarkers('u-2', ['t-1', 't-2'])).get('t-1')).toBe(3);
      expect((await store.notes.notesOf(['t-1'])).map((n) => n.id)).toEqual(['n-1']);
    });

    it('notes: a thread and its first note are stored together, or not at all when the key was used', async () => {
      const thread = (id: string) => ({ id, patientId: 'p-1', anchor: '{"kind":"patient"}', visibility: 'team' as const, resolved: false, createdAt: '2026-01-01T00:00:00.000Z', lastActivityAt: '2026-01-01T00:00:00.000Z', activitySeq: 1 });
      const note = (id: string, threadId: string) => ({ id, threadId, patientId: 'p-1', authorId: 'u-1', body: 'first', mentions: [], idempotencyKey: 'key-bbbbbbbb', createdAt: '2026-01-01T00:00:00.000Z', editedAt: null, retractedBy: null, retractedAt: null, retractReason: null });
      await store.notes.insertThreadWithNote(thread('t-1'), note('n-1', 't-1'));
      expect((await store.notes.notesOf(['t-1'])).map((n) => n.id)).toEqual(['n-1']);
      // A second send of the same key (a race, a retry) stores neither its thread nor its note.
      await expect(store.notes.insertThreadWithNote(thread('t-2'), note('n-2', 't-2'))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.notes.findThread('p-1', 't-2')).toBeNull();
      expect((await store.notes.listThreads('p-1', { limit: 10 })).map((t) => t.id)).toEqual(['t-1']);
      const racing = await Promise.allSettled([3, 4, 5].map((i) => store.notes.insertThreadWithNote(thread(`t-${i}`), { ...note(`n-${i}`, `t-${i}`), idempotencyKey: 'key-cccccccc' })));
      expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await store.notes.listThreads('p-1', { limit: 10 })).toHaveLength(2);
    });

    it('conferences: members list, live state, first attendance kept, outcomes in order', async () => {
      const c = { id: 'c-1', title: 'Huddle', scheduledFor: '2026-12-01T15:00:00.000Z', createdBy: 'u-1', agenda: [{ id: 'a-1', patientId: 'p-1', topic: 'Review' }], inviteeIds: ['u-2'], currentAgendaItemId: null, timerEndsAt: null, presenter: null, createdAt: '2026-11-01T00:00:00.000Z' };
      await store.conferences.create(c);
      expect(await store.conferences.find('c-1')).toEqual(c);
      expect((await store.conferences.listForUser('u-2')).map((x) => x.id)).toEqual(['c-1']);
      expect(await store.conferences.listForUser('u-3')).toEqual([]);
      await store.conferences.updateState('c-1', { currentAgendaItemId: 'a-1', timerEndsAt: '2026-12-01T15:05:00.000Z', presenter: { userId: 'u-2', patientId: 'p-1', section: 'goals' } });
      expect(await store.conferences.find('c-1')).toMatchObject({ currentAgendaItemId: 'a-1', presenter: { userId: 'u-2', section: 'goals' } });
      await store.conferences.recordAttendance('c-1', 'u-2', '2026-12-01T15:01:00.000Z');
      await store.conferences.recordAttendance('c-1', 'u-2', '2026-12-01T15:09:00.000Z');
      expect(await store.conferences.attendance('c-1')).toEqual([{ userId: 'u-2', firstJoinedAt: '2026-12-01T15:01:00.000Z' }]);
      const o = (id: string, at: string) => ({ id, conferenceId: 'c-1', agendaItemId: 'a-1', kind: 'action' as const, text: 'Call', by: 'u-1', at, patientId: 'p-1', ownerId: 'u-2', dueDate: '2026-12-03' });
      await store.conferences.addOutcome(o('o-2', '2026-12-01T15:03:00.000Z'));
      await store.conferences.addOutcome(o('o-1', '2026-12-01T15:02:00.000Z'));
      expect((await store.conferences.outcomes('c-1')).map((x) => x.id)).toEqual(['o-1', 'o-2']);
    });

    it('tracking: items per patient in order with their category, updates replace the data', async () => {
      const item = (id: string, patientId: string, at: string, category: TrackingCategory = 'clinical') => ({ id, patientId, kind: 'care_gap', category, data: '{"description":"Flu"}', ownerId: null, createdAt: at, updatedAt: at });
      await store.tracking.insert(item('t-2', 'p-1', '2026-01-02T00:00:00.000Z', 'substanceUse'));
      await store.tracking.insert(item('t-1', 'p-1', '2026-01-01T00:00:00.000Z'));
      await store.tracking.insert(item('t-3', 'p-2', '2026-01-03T00:00:00.000Z'));
      expect((await store.tracking.listForPatients(['p-1'])).map((x) => [x.id, x.category])).toEqual([['t-1', 'clinical'], ['t-2', 'substanceUse']]);
      expect(await store.tracking.listForPatients([])).toEqual([]);
      await store.tracking.update('t-1', '{"closedOn":"2026-02-01"}', '2026-02-01T00:00:00.000Z');
      expect(await store.tracking.find('p-1', 't-1')).toMatchObject({ data: '{"closedOn":"2026-02-01"}', updatedAt: '2026-02-01T00:00:00.000Z' });
      // The category is set when recorded and never changed by an update.
      await store.tracking.update('t-2', '{"closedOn":"2026-02-02"}', '2026-02-02T00:00:00.000Z');
      expect(await store.tracking.find('p-1', 't-2')).toMatchObject({ category: 'substanceUse', data: '{"closedOn":"2026-02-02"}' });
      expect(await store.tracking.find('p-2', 't-1')).toBeNull();
    });

    it('consents: versions only ever added, one writer per version, newest first', async () => {
      const consent = (version: number, over: Partial<ConsentRecord> = {}): ConsentRecord => ({
        patientId: 'p-1', version, preferences: '{"family":[],"behavioralHealth":[],"substanceUse":[]}', method: 'verbal', givenOn: '2026-01-01',
        note: '', recordedBy: 'u-1', recordedAt: `2026-01-0${version}T00:00:00.000Z`, ...over,
      });
      expect(await store.consents.latest('p-1')).toBeNull();
      await store.consents.append(consent(1));
      await store.consents.append(consent(2, { method: 'written', note: 'Signed form' }));
      await store.consents.append(consent(1, { patientId: 'p-2' }));
      // Two coordinators recording at once: the second to claim version 2 is told, and the first's version stands.
      await expect(store.consents.append(consent(2, { method: 'electronic' }))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.consents.latest('p-1')).toEqual(consent(2, { method: 'written', note: 'Signed form' }));
      expect((await store.consents.history('p-1')).map((c) => c.version)).toEqual([2, 1]);
      expect(await store.consents.history('p-3')).toEqual([]);
      expect(await store.consents.latest(operator)).toBeNull();
    });

    it('screenings: completed once and then immutable; risk changes set the level and are kept, newest first', async () => {
      await store.patients.create({ id: 'p-9', name: 'Rosa', dateOfBirth: '1950-01-01', memberNumber: 'M-9', enrollmentDate: '2026-01-01', riskLevel: null, riskSetBy: null, riskSetAt: null, createdAt: '2026-01-01T00:00:00.000Z' });
      const started = (id: string, at: string, over: Partial<ScreeningRecord> = {}): ScreeningRecord => ({
        id, patientId: 'p-9', status: 'in_progress', amendsId: null, startedBy: 'u-1', startedAt: at, completedBy: null, completedAt: null, answers: null, outcome: null, needs: '[]', ...over,
      });
      await store.screenings.start(started('s-1', '2026-01-02T00:00:00.000Z'));
      await store.screenings.start(started('s-2', '2026-01-03T00:00:00.000Z', { amendsId: 's-1' }));
      const completion = { completedBy: 'u-2', completedAt: '2026-01-02T01:00:00.000Z', answers: '[{"linkId":"hrsn-5"}]', outcome: '{"riskLevel":"High"}', needs: '[]' };
      expect(await store.screenings.complete('s-1', completion)).toBe(true);
      // Two people pressing Complete at once: the second completion changes nothing.
      expect(await store.screenings.complete('s-1', { ...completion, completedBy: 'u-3', answers: '[]' })).toBe(false);
      expect(await store.screenings.find('p-9', 's-1')).toMatchObject({ status: 'completed', ...completion });
      await store.screenings.setNeeds('s-1', '[{"status":"accepted"}]');
      expect((await store.screenings.find('p-9', 's-1'))?.needs).toBe('[{"status":"accepted"}]');
      expect((await store.screenings.listForPatient('p-9')).map((s) => [s.id, s.amendsId])).toEqual([['s-2', 's-1'], ['s-1', null]]);
      expect(await store.screenings.find('p-8', 's-1')).toBeNull();
      expect(await store.screenings.find(operator, 's-1')).toBeNull();
      await store.screenings.recordRiskChange({ id: 'r-1', patientId: 'p-9', from: null, to: 'High', reason: 'Screening', by: 'u-1', at: '2026-01-02T02:00:00.000Z', screeningId: 's-1' });
      await store.screenings.recordRiskChange({ id: 'r-2', patientId: 'p-9', from: 'High', to: 'Moderate', reason: 'Stable after discharge', by: 'u-1', at: '2026-01-05T00:00:00.000Z', screeningId: null });
      expect(await store.patients.findById('p-9')).toMatchObject({ riskLevel: 'Moderate', riskSetBy: 'u-1', riskSetAt: '2026-01-05T00:00:00.000Z' });
      expect((await store.screenings.riskHistory('p-9')).map((c) => [c.from, c.to, c.reason, c.screeningId])).toEqual([['High', 'Moderate', 'Stable after discharge', null], [null, 'High', 'Screening', 's-1']]);
      expect(await store.screenings.riskHistory('p-8')).toEqual([]);
    });

    it('plan shares: recorded as sent, listed per patient newest first, operators never match', async () => {
      const share = (id: string, over: Partial<PlanShareRecord> = {}): PlanShareRecord => ({
        id, patientId: 'p-1', recipient: '{"kind":"external","userId":null,"name":"Dr. Ade","organization":"Clinic","contact":"fax 555"}',
        parts: '["shared"]', format: 'pdf', planVersionId: null, consentVersion: 2, sharedBy: 'u-1', sharedAt: `2026-01-0${id.slice(-1)}T00:00:00.000Z`, ...over,
      });
      expect(await store.planShares.listForPatient('p-1')).toEqual([]);
      await store.planShares.insert(share('s-1'));
      await store.planShares.insert(share('s-2', { parts: '["shared","clinical"]', planVersionId: 'v-1', consentVersion: 3 }));
      await store.planShares.insert(share('s-3', { patientId: 'p-2' }));
      expect(await store.planShares.listForPatient('p-1')).toEqual([share('s-2', { parts: '["shared","clinical"]', planVersionId: 'v-1', consentVersion: 3 }), share('s-1')]);
      expect(await store.planShares.listForPatient(operator)).toEqual([]);
    });

    it('invitations: found by token hash only, accepted or revoked at most once', async () => {
      const invitation = (id: string, over: Partial<InvitationRecord> = {}): InvitationRecord => ({
        id, patientId: 'p-1', email: 'son@example.org', relationship: 'son', invitee: 'caregiver' as const, tokenHash: `hash-${id}`, consentMethod: 'verbal', proposeGoals: false,
        invitedBy: 'u-1', createdAt: `2026-01-0${id.slice(-1)}T00:00:00.000Z`, expiresAt: '2026-02-01T00:00:00.000Z',
        acceptedAt: null, acceptedBy: null, revokedAt: null, revokedBy: null, language: 'en', ...over,
      });
      await store.invitations.create(invitation('i-1'));
      await store.invitations.create(invitation('i-2', { proposeGoals: true }));
      await store.invitations.create(invitation('m-3', { patientId: 'p-3', invitee: 'member', relationship: 'self' }));
      expect(await store.invitations.findByTokenHash('hash-m-3')).toEqual(invitation('m-3', { patientId: 'p-3', invitee: 'member', relationship: 'self' }));
      expect(await store.invitations.findByTokenHash('hash-i-1')).toEqual(invitation('i-1'));
      expect(await store.invitations.findByTokenHash(operator)).toBeNull();
      expect(await store.invitations.find('p-2', 'i-1')).toBeNull();
      expect((await store.invitations.listForPatient('p-1')).map((i) => i.id)).toEqual(['i-2', 'i-1']);
      const results = await Promise.all([store.invitations.markAccepted('i-1', 'u-7', '2026-01-05T00:00:00.000Z'), store.invitations.markAccepted('i-1', 'u-8', '2026-01-05T00:00:00.000Z')]);
      expect(results.sort()).toEqual([false, true]);
      expect(await store.invitations.revoke('i-1', 'u-1', '2026-01-06T00:00:00.000Z')).toBe(false);
      expect(await store.invitations.revoke('i-2', 'u-1', '2026-01-06T00:00:00.000Z')).toBe(true);
      expect(await store.invitations.markAccepted('i-2', 'u-7', '2026-01-07T00:00:00.000Z')).toBe(false);
      expect(await store.invitations.find('p-1', 'i-2')).toMatchObject({ revokedAt: '2026-01-06T00:00:00.000Z', revokedBy: 'u-1', acceptedAt: null, proposeGoals: true });
      expect((await store.invitations.find('p-1', 'i-1'))?.acceptedAt).toBe('2026-01-05T00:00:00.000Z');
    });

    it('languages: an invitation keeps the invitee\'s language; a person\'s preferred language is set and read back; unset reads English', async () => {
      const invitation: InvitationRecord = {
        id: 'i-es', patientId: 'p-1', email: 'hijo@example.org', relationship: 'son', invitee: 'caregiver', tokenHash: 'hash-i-es', consentMethod: 'verbal', proposeGoals: false,
        language: 'es', invitedBy: 'u-1', createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-02-01T00:00:00.000Z',
        acceptedAt: null, acceptedBy: null, revokedAt: null, revokedBy: null,
      };
      await store.invitations.create(invitation);
      expect((await store.invitations.findByTokenHash('hash-i-es'))?.language).toBe('es');
      const { preferredLanguage: _unset, ...withoutLanguage } = user();
      await store.users.create(withoutLanguage);
      expect((await store.users.findById('u-1'))?.preferredLanguage).toBe('en');
      expect(await store.users.setPreferredLanguage('u-1', 'es')).toBe(true);
      expect((await store.users.findByEmail('maya@example.org'))?.preferredLanguage).toBe('es');
      expect(await store.users.setPreferredLanguage('ghost', 'es')).toBe(false);
    });

    it('invitations: an inviter\'s pending ones are withdrawn together, per patient or everywhere; used ones stay', async () => {
      const invitation = (id: string, patientId: string, invitedBy: string): InvitationRecord => ({
        id, patientId, email: `${id}@example.org`, relationship: 'son', invitee: 'caregiver' as const, tokenHash: `hash-${id}`, consentMethod: 'verbal', proposeGoals: false,
        invitedBy, createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-02-01T00:00:00.000Z', acceptedAt: null, acceptedBy: null, revokedAt: null, revokedBy: null,
      });
      for (const i of [invitation('i-1', 'p-1', 'u-1'), invitation('i-2', 'p-1', 'u-1'), invitation('i-3', 'p-2', 'u-1'), invitation('i-4', 'p-1', 'u-2')]) await store.invitations.create(i);
      await store.invitations.markAccepted('i-2', 'u-9', '2026-01-02T00:00:00.000Z');
      const forP1 = await store.invitations.revokePendingBy('u-1', 'p-1', 'u-5', '2026-01-03T00:00:00.000Z');
      expect(forP1.map((i) => [i.id, i.revokedBy, i.revokedAt])).toEqual([['i-1', 'u-5', '2026-01-03T00:00:00.000Z']]);
      expect((await store.invitations.find('p-2', 'i-3'))?.revokedAt).toBeNull();
      expect((await store.invitations.revokePendingBy('u-1', null, 'u-5', '2026-01-04T00:00:00.000Z')).map((i) => i.id)).toEqual(['i-3']);
      expect((await store.invitations.find('p-1', 'i-4'))?.revokedAt).toBeNull();
      expect((await store.invitations.find('p-1', 'i-2'))?.revokedAt).toBeNull();
      expect(await store.invitations.revokePendingBy(operator, null, 'u-5', '2026-01-04T00:00:00.000Z')).toEqual([]);
    });

    it('reconciliations: newest first, updates conditional on the revision, a completed one never changes', async () => {
      const r = (id: string, at: string) => ({ id, patientId: 'p-1', status: 'in_progress' as const, data: '{"medications":[]}', revision: 1, createdAt: at, updatedAt: at });
      await store.reconciliations.insert(r('r-1', '2026-01-01T00:00:00.000Z'));
      await store.reconciliations.insert(r('r-2', '2026-01-02T00:00:00.000Z'));
      expect((await store.reconciliations.listForPatient('p-1')).map((x) => x.id)).toEqual(['r-2', 'r-1']);
      expect(await store.reconciliations.listForPatient('p-2')).toEqual([]);
      expect(await store.reconciliations.find('p-2', 'r-1')).toBeNull();
      expect(await store.reconciliations.find('p-1', operator)).toBeNull();

      const change = (data: string, status: 'in_progress' | 'completed' = 'in_progress') => ({ data, status, updatedAt: '2026-01-03T00:00:00.000Z' });
      expect(await store.reconciliations.update('r-1', change('{"a":1}'), 1)).toBe(true);
      // A writer that read revision 1 lost the race: nothing of its change is stored.
      expect(await store.reconciliations.update('r-1', change('{"stale":true}'), 1)).toBe(false);
      expect(await store.reconciliations.find('p-1', 'r-1')).toMatchObject({ data: '{"a":1}', revision: 2, updatedAt: '2026-01-03T00:00:00.000Z' });

      expect(await store.reconciliations.update('r-1', change('{"signed":true}', 'completed'), 2)).toBe(true);
      expect(await store.reconciliations.update('r-1', change('{"after":true}'), 3)).toBe(false);
      expect(await store.reconciliations.find('p-1', 'r-1')).toMatchObject({ status: 'completed', data: '{"signed":true}', revision: 3 });
      expect(await store.reconciliations.update(operator, change('{}'), 1)).toBe(false);
    });
    it('patients: found by member number (exactly) and by date of birth, for matching admission alerts', async () => {
      const p = (id: string, memberNumber: string, name: string) => ({
        id, name, dateOfBirth: '1948-03-14', memberNumber, enrollmentDate: '2026-01-01', riskLevel: null, riskSetBy: null, riskSetAt: null, createdAt: '2026-01-01T00:00:00.000Z',
      });
      await store.patients.create(p('p-1', 'MBR-1', 'Rosa Delgado'));
      await store.patients.create(p('p-2', 'MBR-2', 'Ana Cruz'));
      expect((await store.patients.findByMemberNumber('MBR-2'))?.id).toBe('p-2');
      expect(await store.patients.findByMemberNumber('mbr-2')).toBeNull();
      expect(await store.patients.findByMemberNumber(operator)).toBeNull();
      expect((await store.patients.listBornOn('1948-03-14')).map((x) => x.id)).toEqual(['p-2', 'p-1']);
      expect(await store.patients.listBornOn('1950-01-01')).toEqual([]);
    });

    it('inbound alerts: stored as received, found by control and event key, settled only once', async () => {
      const alert = (id: string, over: Partial<InboundAlertRecord> = {}): InboundAlertRecord => ({
        id, channel: 'hl7v2', receivedAt: `2026-01-0${id.slice(-1)}T00:00:00.000Z`, raw: 'MSH|^~\\&|...', summary: '{"event":"discharge"}', controlKey: 'HOSP:1', eventKey: 'discharge:HOSP:V1',
        status: 'processed', reason: null, patientId: 'p-1', resolvedBy: null, resolvedAt: null, ...over,
      });
      await store.inboundAlerts.insert(alert('a-1'));
      await store.inboundAlerts.insert(alert('a-2', { status: 'needs_review', reason: 'duplicate' }));
      await store.inboundAlerts.insert(alert('a-3', { controlKey: null, eventKey: null, summary: null, status: 'needs_review', reason: 'malformed', patientId: null }));
      expect(await store.inboundAlerts.find('a-3')).toEqual(alert('a-3', { controlKey: null, eventKey: null, summary: null, status: 'needs_review', reason: 'malformed', patientId: null }));
      expect(await store.inboundAlerts.find(operator)).toBeNull();
      expect((await store.inboundAlerts.firstWithControlKey('HOSP:1'))?.id).toBe('a-1');
      expect(await store.inboundAlerts.firstWithControlKey('HOSP:2')).toBeNull();
      expect((await store.inboundAlerts.processedWithEventKey('discharge:HOSP:V1'))?.id).toBe('a-1');
      expect((await store.inboundAlerts.listNeedingReview(10)).map((a) => a.id)).toEqual(['a-2', 'a-3']);
      expect((await store.inboundAlerts.listNeedingReview(1)).map((a) => a.id)).toEqual(['a-2']);

      const settled = { status: 'dismissed' as const, reason: 'duplicate', patientId: 'p-1', resolvedBy: 'u-1', resolvedAt: '2026-01-05T00:00:00.000Z' };
      expect(await store.inboundAlerts.settle('a-2', settled)).toBe(true);
      // Two coordinators settling the same alert: the second changes nothing.
      expect(await store.inboundAlerts.settle('a-2', { ...settled, status: 'processed', resolvedBy: 'u-2' })).toBe(false);
      expect(await store.inboundAlerts.find('a-2')).toMatchObject({ status: 'dismissed', resolvedBy: 'u-1' });
      expect(await store.inboundAlerts.settle('a-1', settled)).toBe(false);
      expect((await store.inboundAlerts.listNeedingReview(10)).map((a) => a.id)).toEqual(['a-3']);

      await store.inboundAlerts.setOutcome('a-1', { status: 'needs_review', reason: 'processing_failed' });
      expect(await store.inboundAlerts.processedWithEventKey('discharge:HOSP:V1')).toBeNull();
      expect((await store.inboundAlerts.listNeedingReview(10)).map((a) => a.id)).toEqual(['a-1', 'a-3']);
    });

    it('API clients: found by token hash only, newest first, revoked once and never deleted', async () => {
      const client = (id: string, over: Partial<ApiClientRecord> = {}): ApiClientRecord => ({
        id, name: `Health plan ${id}`, scopes: ['system/Patient.read', 'system/CarePlan.read'], patientId: null, tokenHash: `hash-${id}`,
        createdBy: 'u-1', createdAt: `2026-01-0${id.slice(-1)}T00:00:00.000Z`, expiresAt: '2027-01-01T00:00:00.000Z', revokedAt: null, revokedBy: null, ...over,
      });
      await store.apiClients.create(client('c-1'));
      await store.apiClients.create(client('c-2', { scopes: ['patient/*.read'], patientId: 'p-1' }));
      await expect(store.apiClients.create(client('c-3', { tokenHash: 'hash-c-1' }))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.apiClients.findByTokenHash('hash-c-2')).toEqual(client('c-2', { scopes: ['patient/*.read'], patientId: 'p-1' }));
      expect(await store.apiClients.findByTokenHash(operator)).toBeNull();
      expect((await store.apiClients.list()).map((c) => c.id)).toEqual(['c-2', 'c-1']);
      // A client can be stored already revoked (an import, demo data) and stays so.
      await store.apiClients.create(client('c-0', { revokedAt: '2026-01-01T12:00:00.000Z', revokedBy: 'u-1' }));
      expect(await store.apiClients.findByTokenHash('hash-c-0')).toEqual(client('c-0', { revokedAt: '2026-01-01T12:00:00.000Z', revokedBy: 'u-1' }));
      expect(await store.apiClients.revoke('c-0', 'u-2', '2026-02-01T00:00:00.000Z')).toBe(false);
      const results = await Promise.all([store.apiClients.revoke('c-1', 'u-1', '2026-02-01T00:00:00.000Z'), store.apiClients.revoke('c-1', 'u-2', '2026-02-01T00:00:00.000Z')]);
      expect(results.sort()).toEqual([false, true]);
      expect(await store.apiClients.revoke('c-x', 'u-1', '2026-02-01T00:00:00.000Z')).toBe(false);
      expect(await store.apiClients.findByTokenHash('hash-c-1')).toMatchObject({ revokedAt: '2026-02-01T00:00:00.000Z', revokedBy: expect.stringMatching(/^u-[12]$/) });
    });
  });
}
