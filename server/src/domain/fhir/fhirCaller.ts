import type { ApiClientRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { apiClientStatus } from '../apiClients/apiClientCommands';
import { hashApiToken } from '../apiClients/apiTokens';
import { DomainError } from '../errors';
import type { Services } from '../services';

/** Who reads the FHIR API: a signed-in staff member (session cookie) or a system (bearer token). */
export type FhirCaller =
  | { kind: 'staff'; actor: Actor }
  | { kind: 'system'; client: ApiClientRecord; ip: string | null };

/** The audit trail's actor for a caller; a system is named `api-client:<id>`, so its records never pass for a person's. */
export function auditActorOf(caller: FhirCaller): { userId: string; sessionId: string | null; ip: string | null } {
  return caller.kind === 'staff' ? caller.actor : { userId: `api-client:${caller.client.id}`, sessionId: null, ip: caller.ip };
}

/** The role the audit trail records for a caller. */
export function auditRoleOf(caller: FhirCaller, role: string | null): string {
  return caller.kind === 'system' ? 'system' : role ?? 'staff';
}

/**
 * The API client behind a bearer token, or `unauthenticated` (audited) when the
 * token is unknown, revoked or expired — one answer for all three, so a
 * stolen token's holder learns nothing about why it stopped working.
 */
export async function authenticateBearer(services: Services, token: string, ip: string | null): Promise<FhirCaller> {
  const client = token ? await services.store.apiClients.findByTokenHash(hashApiToken(token)) : null;
  const status = client ? apiClientStatus(client, services.clock.now()) : null;
  if (!client || status !== 'active') {
    await services.audit.record({
      actor: client ? { userId: `api-client:${client.id}`, sessionId: null, ip } : null, ip, action: 'E', type: 'fhir.authenticate',
      resourceType: 'ApiClient', resourceId: client?.id ?? null, outcome: 'denied',
      reason: status === 'revoked' ? 'token revoked' : status === 'expired' ? 'token expired' : 'unknown token',
    });
    throw new DomainError('unauthenticated', 'The bearer token is not valid (unknown, expired or revoked).');
  }
  return { kind: 'system', client, ip };
}
