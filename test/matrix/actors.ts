import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/domain/auth/passwords';
import { ApiClient, demoEmail, patientIdByName, signedIn } from '../support/http';
import type { TestServer } from '../support/server';

/** Everyone the matrix asks about. */
export const ACTORS = ['anonymous', 'coordinator', 'physician', 'pharmacist', 'caregiver', 'offTeamStaff', 'revokedCaregiver'] as const;
export type ActorName = (typeof ACTORS)[number];

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

/** Builds the world: demo accounts plus a caregiver who was on Rosa Delgado's team and was removed. */
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
    return new ApiClient(server.url).signIn(demoEmail(actor === 'offTeamStaff' ? 'admin' : actor));
  };
  const ids: Record<string, string> = {};
  for (const key of ['physician', 'pharmacist', 'caregiver'] as const) ids[key] = (await (await (await fresh(key)).get('/api/me')).json() as { id: string }).id;
  return {
    server, rosaId, fresh, ids,
    nurseId: staff.users.find((u) => u.name === 'Grace Miller, RN')!.id,
    clients: {
      anonymous: new ApiClient(server.url), coordinator, physician: await fresh('physician'), pharmacist: await fresh('pharmacist'),
      caregiver: await fresh('caregiver'), offTeamStaff: await fresh('offTeamStaff'), revokedCaregiver: revoked,
    },
  };
}

function expect200(res: Response, status: number): void {
  if (res.status !== status) throw new Error(`fixture request failed with ${res.status}`);
}
