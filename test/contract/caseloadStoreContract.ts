import { expect, it } from 'vitest';
import { DuplicateKeyError, type EnrollmentEpisodeRecord, type Store, type TrackedItemRecord, type UserRecord } from '../../server/src/storage/port';

const operator = { $ne: null } as unknown as string;

const staff = (id: string): UserRecord => ({ id, email: `${id}@example.org`, name: id, kind: 'staff', isAdmin: false, passwordHash: 'h', createdAt: '2026-01-01T00:00:00.000Z' });

const episode = (id: string, patientId: string, startedOn: string, over: Partial<EnrollmentEpisodeRecord> = {}): EnrollmentEpisodeRecord => ({
  id, patientId, program: 'care_coordination', startedOn, endedOn: null, endReason: null, startedBy: 'u-1', endedBy: null, createdAt: `${startedOn}T10:00:00.000Z`, ...over,
});

const item = (id: string, ownerId: string | null): TrackedItemRecord => ({
  id, patientId: 'p-1', kind: 'referral', category: 'clinical', data: '{}', ownerId, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});

/** Supervisors, lead hand-overs, item owners and enrollment episodes: part of the store contract, called inside its `describe`. */
export function caseloadStoreContract(store: () => Store): void {
  it('users: the supervisor flag is off by default, set and cleared by id, and false for an unknown account', async () => {
    await store().users.create(staff('u-1'));
    await store().users.create({ ...staff('u-2'), isSupervisor: true });
    expect((await store().users.findById('u-1'))?.isSupervisor ?? false).toBe(false);
    expect((await store().users.findById('u-2'))?.isSupervisor).toBe(true);
    expect(await store().users.setSupervisor('u-1', true)).toBe(true);
    expect((await store().users.findById('u-1'))?.isSupervisor).toBe(true);
    expect(await store().users.setSupervisor('u-2', false)).toBe(true);
    expect((await store().users.findById('u-2'))?.isSupervisor ?? false).toBe(false);
    expect(await store().users.setSupervisor('ghost', true)).toBe(false);
    expect(await store().users.setSupervisor(operator, true)).toBe(false);
  });

  it('care teams: a hand-over removes the previous lead, makes the new one lead coordinator (promoting a member), and is a no-op for the lead', async () => {
    const teams = store().careTeams;
    await teams.add({ patientId: 'p-1', userId: 'u-old', role: 'care_coordinator', isLead: true, joinedAt: '2026-01-01T00:00:00.000Z' });
    await teams.add({ patientId: 'p-1', userId: 'u-nurse', role: 'nurse', isLead: false, joinedAt: '2026-01-02T00:00:00.000Z' });
    await teams.add({ patientId: 'p-2', userId: 'u-old', role: 'care_coordinator', isLead: true, joinedAt: '2026-01-01T00:00:00.000Z' });
    expect(await teams.handOverLead('p-1', 'u-new', '2026-02-01T00:00:00.000Z')).toBe('u-old');
    expect(await teams.find('p-1', 'u-old')).toBeNull();
    expect(await teams.find('p-1', 'u-new')).toEqual({ patientId: 'p-1', userId: 'u-new', role: 'care_coordinator', isLead: true, joinedAt: '2026-02-01T00:00:00.000Z' });
    expect(await teams.handOverLead('p-1', 'u-new', '2026-03-01T00:00:00.000Z')).toBe('u-new');
    expect((await teams.find('p-1', 'u-new'))?.joinedAt).toBe('2026-02-01T00:00:00.000Z');
    // A member already on the team keeps the day they joined and becomes the lead coordinator.
    expect(await teams.handOverLead('p-1', 'u-nurse', '2026-04-01T00:00:00.000Z')).toBe('u-new');
    expect(await teams.find('p-1', 'u-nurse')).toEqual({ patientId: 'p-1', userId: 'u-nurse', role: 'care_coordinator', isLead: true, joinedAt: '2026-01-02T00:00:00.000Z' });
    expect((await teams.listForPatient('p-1')).map((m) => m.userId)).toEqual(['u-nurse']);
    expect((await teams.listLeads()).map((m) => `${m.patientId}:${m.userId}`).sort()).toEqual(['p-1:u-nurse', 'p-2:u-old']);
    // A team without a lead gets one.
    expect(await teams.handOverLead('p-3', 'u-new', '2026-04-01T00:00:00.000Z')).toBeNull();
    expect((await teams.find('p-3', 'u-new'))?.isLead).toBe(true);
  });

  it('tracking: an item changes owner, and only that item', async () => {
    await store().tracking.insert(item('t-1', 'u-old'));
    await store().tracking.insert(item('t-2', 'u-old'));
    await store().tracking.setOwner('t-1', 'u-new', '2026-02-01T00:00:00.000Z');
    expect(await store().tracking.find('p-1', 't-1')).toMatchObject({ ownerId: 'u-new', updatedAt: '2026-02-01T00:00:00.000Z', data: '{}' });
    expect((await store().tracking.find('p-1', 't-2'))?.ownerId).toBe('u-old');
    await store().tracking.setOwner(operator, 'u-evil', '2026-02-01T00:00:00.000Z');
    expect((await store().tracking.find('p-1', 't-2'))?.ownerId).toBe('u-old');
  });

  it('enrollments: one open episode per member, ended once, listed per member oldest first, operators never match', async () => {
    const enrollments = store().enrollments;
    await enrollments.insert(episode('e-1', 'p-1', '2025-01-01', { endedOn: '2025-06-30', endReason: 'moved', endedBy: 'u-1' }));
    await enrollments.insert(episode('e-2', 'p-1', '2026-01-01'));
    await enrollments.insert(episode('e-9', 'p-2', '2026-01-05'));
    await expect(enrollments.insert(episode('e-3', 'p-1', '2026-02-01'))).rejects.toBeInstanceOf(DuplicateKeyError);
    // An ended episode may be added beside an open one (history recorded late).
    await enrollments.insert(episode('e-0', 'p-1', '2024-01-01', { endedOn: '2024-03-01', endReason: 'declined', endedBy: 'u-1' }));
    expect((await enrollments.listForPatients(['p-1'])).map((e) => e.id)).toEqual(['e-0', 'e-1', 'e-2']);
    expect(await enrollments.end('e-2', { endedOn: '2026-03-01', endReason: 'graduated', endedBy: 'u-2' })).toBe(true);
    expect(await enrollments.end('e-2', { endedOn: '2026-04-01', endReason: 'moved', endedBy: 'u-2' })).toBe(false);
    expect((await enrollments.listForPatients(['p-1'])).at(-1)).toEqual(episode('e-2', 'p-1', '2026-01-01', { endedOn: '2026-03-01', endReason: 'graduated', endedBy: 'u-2' }));
    // Once ended, the member may start a new episode.
    await enrollments.insert(episode('e-4', 'p-1', '2026-05-01'));
    expect((await enrollments.listForPatients(['p-1', 'p-2'])).map((e) => e.id)).toEqual(['e-0', 'e-1', 'e-2', 'e-4', 'e-9']);
    expect(await enrollments.listForPatients([])).toEqual([]);
    expect(await enrollments.listForPatients([operator])).toEqual([]);
    expect(await enrollments.end(operator, { endedOn: '2026-03-01', endReason: 'moved', endedBy: 'u-2' })).toBe(false);
  });
}
