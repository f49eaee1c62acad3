import type { Store } from '../../storage/port';
import { hashApiToken } from '../apiClients/apiTokens';

/** The demo warehouse's bearer token (demo data only; a real client's token is random and shown once). */
export const DEMO_API_TOKEN = 'chf_demo-health-plan-warehouse';

/**
 * FHIR API clients in each state: an active health-plan warehouse (its token
 * is in the README, so the API can be tried at once), a revoked vendor and an
 * expired pilot.
 */
export async function seedDemoApiClients(store: Store, adminId: string, now: Date): Promise<void> {
  const day = 86_400_000;
  const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
  const client = (id: string, name: string, scopes: string[], token: string, expiresAt: string, revokedAt: string | null = null) => ({
    id, name, scopes, patientId: null, tokenHash: hashApiToken(token), createdBy: adminId, createdAt: at(-60), expiresAt, revokedAt, revokedBy: revokedAt ? adminId : null,
  });
  await store.apiClients.create(client('demo-api-warehouse', 'Health plan data warehouse', ['system/*.read'], DEMO_API_TOKEN, at(365)));
  await store.apiClients.create(client('demo-api-vendor', 'Former care management vendor', ['system/Patient.read', 'system/CarePlan.read'], 'chf_demo-revoked-vendor', at(300), at(-10)));
  await store.apiClients.create(client('demo-api-pilot', 'Readmissions pilot (ended)', ['system/Patient.read'], 'chf_demo-expired-pilot', at(-1)));
}
