import type { ApiClient, CreateApiClientInput, CreatedApiClient } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { ApiClientRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, invalid, notFound } from '../errors';
import { todayFor } from '../patients/patientAccess';
import { canManageApiClients } from '../policies/apiClientPolicy';
import type { Services } from '../services';
import { newApiToken } from './apiTokens';

/** Where a client stands at `now`. */
export function apiClientStatus(client: ApiClientRecord, now: Date): ApiClient['status'] {
  if (client.revokedAt) return 'revoked';
  return Date.parse(client.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

/** How a client leaves the server: never its token hash. */
function presentApiClient(client: ApiClientRecord, now: Date): ApiClient {
  return {
    id: client.id, name: client.name, scopes: client.scopes, patientId: client.patientId, status: apiClientStatus(client, now),
    createdAt: client.createdAt, expiresAt: client.expiresAt, revokedAt: client.revokedAt,
  };
}

async function requireManager(services: Services, actor: Actor, type: string): Promise<void> {
  if (canManageApiClients(actor)) return;
  await services.audit.record({ actor, action: type === 'apiClient.list' ? 'R' : 'U', type, resourceType: 'ApiClient', outcome: 'denied', reason: 'not an organization admin' });
  throw forbidden('Only organization admins manage API clients.');
}

/** Creates an API client; the token is in the answer once and never again. */
export async function createApiClient(services: Services, actor: Actor, input: CreateApiClientInput): Promise<CreatedApiClient> {
  await requireManager(services, actor, 'apiClient.create');
  if (input.expiresOn < todayFor(services)) throw invalid('body.expiresOn', 'Choose an expiry date that is today or later.');
  if (input.patientId && !(await services.store.patients.findById(input.patientId))) throw invalid('body.patientId', 'There is no patient with this id.');
  const now = services.clock.now();
  const { token, tokenHash } = newApiToken();
  const client: ApiClientRecord = {
    id: randomUUID(), name: input.name, scopes: [...new Set(input.scopes)], patientId: input.patientId, tokenHash, createdBy: actor.userId,
    // The token works through the whole expiry day (UTC), and not a moment longer.
    createdAt: now.toISOString(), expiresAt: new Date(`${input.expiresOn}T23:59:59.999Z`).toISOString(), revokedAt: null, revokedBy: null,
  };
  await services.store.apiClients.create(client);
  await services.audit.record({ actor, action: 'C', type: 'apiClient.create', resourceType: 'ApiClient', resourceId: client.id, patientId: client.patientId, outcome: 'success' });
  return { client: presentApiClient(client, now), token };
}

/** Every API client of the organization, newest first. */
export async function listApiClients(services: Services, actor: Actor): Promise<ApiClient[]> {
  await requireManager(services, actor, 'apiClient.list');
  const now = services.clock.now();
  return (await services.store.apiClients.list()).map((c) => presentApiClient(c, now));
}

/** Revokes a client: its token stops working at once. */
export async function revokeApiClient(services: Services, actor: Actor, clientId: string): Promise<ApiClient> {
  await requireManager(services, actor, 'apiClient.revoke');
  const at = services.clock.now();
  await services.store.apiClients.revoke(clientId, actor.userId, at.toISOString());
  const client = (await services.store.apiClients.list()).find((c) => c.id === clientId);
  if (!client) throw notFound('API client');
  await services.audit.record({ actor, action: 'U', type: 'apiClient.revoke', resourceType: 'ApiClient', resourceId: clientId, outcome: 'success' });
  return presentApiClient(client, at);
}
