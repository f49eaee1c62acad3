import type { ApiClient, CreateApiClientInput, CreatedApiClient } from '@carehuddle/shared';
import { api } from './http';

/** Typed calls for the organization's FHIR API clients (admins only). */
export const apiClientEndpoints = {
  list: () => api<{ clients: ApiClient[] }>('GET', '/api/admin/api-clients'),
  create: (input: CreateApiClientInput) => api<CreatedApiClient>('POST', '/api/admin/api-clients', input),
  revoke: (clientId: string) => api<ApiClient>('POST', `/api/admin/api-clients/${encodeURIComponent(clientId)}/revoke`),
};
