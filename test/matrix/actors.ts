import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/domain/auth/passwords';
import { ApiClient, demoEmail, patientIdByName, signedIn } from '../support/http';
import { MEMBER_PASSWORD, signedInMember } from '../support/member';
import type { TestServer } from '../support/server';

/** Everyone the matrix asks about. */
export const ACTORS = ['anonymous', 'coordinator', 'physician', 'pharmacist', 'caregiver', 'offTeamStaff', 'revokedCaregiver', 'withdrawnCaregiver', 'member'] as const;
export type ActorName = (typeof ACTORS)[number];
/**
 * The actors whose expectations are written out row by row. A caregiver whose
 * consent the patient withdrew must be treated exactly like one removed from
 * the team, so the matrix derives that actor's column from `revokedCaregiver`.
 * The member (Rosa herself, role `patient`) has her own column, written out
 * route by route in `memberColumn.ts`.
 */
export type WrittenActor = Exclude<ActorName, 'withdrawnCaregiver' | 'member'>;

/** Adds the derived column and the member's column to a hand-written row. */
export function withDerived<T>(row: Record<WrittenActor, T>, member: T): Record<ActorName, T> {
  return { ...row, withdrawnCaregiver: row.revokedCaregiver, member };
}

/** Signed-in clients for each actor, and the fixtures the requests use. */
export interface World {
  server: TestServer;
  clients: Record<ActorName, ApiClient>;
  rosaId: string;
  nurseId: string;
  versionId: string;
  teamThreadId: string;
  conferenceId: string;
  agendaItemId: string;
  ids: Record<string, string>;
  /** Signs an actor in afresh (for requests that end the session). */
  fresh(actor: ActorName): Promise<ApiClient>;
}

const REVOKED_EMAIL = 'revoked.caregiver@example.org';
const WITHDRAWN_EMAIL = 'withdrawn.caregiver@example.org';
const WITHDRAWN_PASSWORD = 'withdrawn-password-123';
const MEMBER_EMAIL = 'rosa.member@example.org';

/** A caregiver on Rosa's team whom the patient shared with, then stopped sharing with (through the API, as a coordinator would). */
async function withdrawnCaregiver(server: TestServer, coordinator: ApiClient, rosaId: string): Promise<ApiClient> {
  const id = randomUUID();
  await server.services.store.users.create({ id, email: WITHDRAWN_EMAIL, name: 'Withdrawn Caregiver', kind: 'caregiver', isAdmin: false, passwordHash: await hashPassword(WITHDRAWN_PASSWORD), createdAt: new Date().toISOString() });
  expect200(await coordinator.post(`/api/patients/${rosaId}/care-team`, { userId: id, role: 'family_caregiver' }), 201);
  const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as { current: { preferences: { family: unknown[] } } };
  const record = (family: unknown[]) => coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current.preferences, family }, method: 'verbal', givenOn: '2026-01-05' });
  expect200(await record([...current.preferences.family, { userId: id, sharedPlan: true, proposeGoals: true }]), 201);
  const client = await new ApiClient(server.url).signIn(WITHDRAWN_EMAIL, WITHDRAWN_PASSWORD);
  expect200(await record(current.preferences.family), 201);
  return client;
}

/** Builds the world: demo accounts, a caregiver who was removed from Rosa Delgado's team, and one whose consent she withdrew. */
export async function buildWorld(server: TestServer): Promise<Omit<World, 'versionId' | 'teamThreadId' | 'conferenceId' | 'agendaItemId'>> {
  const coordinator = await signedIn(server.url, 'coordinator');
  const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  const store = server.services.store;
  const revokedId = randomUUID();
  await store.users.create({ id: revokedId, email: REVOKED_EMAIL, name: 'Former Caregiver', kind: 'caregiver', isAdmin: false, passwordHash: await hashPassword('revoked-password-123'), createdAt: new Date().toISOString() });
  await store.careTeams.add({ patientId: rosaId, userId: revokedId, role: 'family_caregiver', isLead: false, joinedAt: new Date().toISOString() });
  const revoked = await new ApiClient(server.url).signIn(REVOKED_EMAIL, 'revoked-password-123');
  expect200(await coordinator.delete(`/api/patients/${rosaId}/care-team/${revokedId}`), 204);
  const staff = (await (await coordinator.get('/api/staff')).json()) as { users: Array<{ id: string; name: string }> };
  const fresh = async (actor: ActorName): Promise<ApiClient> => {
    if (actor === 'anonymous') return new ApiClient(server.url);
    if (actor === 'revokedCaregiver') return new ApiClient(server.url).signIn(REVOKED_EMAIL, 'revoked-password-123');
    if (actor === 'withdrawnCaregiver') return new ApiClient(server.url).signIn(WITHDRAWN_EMAIL, WITHDRAWN_PASSWORD);
    if (actor === 'member') return new ApiClient(server.url).signIn(MEMBER_EMAIL, MEMBER_PASSWORD);
    return new ApiClient(server.url).signIn(demoEmail(actor === 'offTeamStaff' ? 'admin' : actor));
  };
  const ids: Record<string, string> = {};
  for (const key of ['coordinator', 'physician', 'pharmacist', 'caregiver'] as const) ids[key] = (await (await (await fresh(key)).get('/api/me')).json() as { id: string }).id;
  return {
    server, rosaId, fresh, ids,
    nurseId: staff.users.find((u) => u.name === 'Grace Miller, RN')!.id,
    clients: {
      anonymous: new ApiClient(server.url), coordinator, physician: await fresh('physician'), pharmacist: await fresh('pharmacist'),
      caregiver: await fresh('caregiver'), offTeamStaff: await fresh('offTeamStaff'), revokedCaregiver: revoked,
      withdrawnCaregiver: await withdrawnCaregiver(server, coordinator, rosaId),
      // Rosa's own portal account, invited by her coordinator and accepted, as in the product.
      member: await signedInMember(server.url, coordinator, rosaId, 'Rosa Delgado', MEMBER_EMAIL),
    },
  };
}

function expect200(res: Response, status: number): void {
  if (res.status !== status) throw new Error(`fixture request failed with ${res.status}`);
}
