import { ApiClientParamsSchema, ApiClientSchema, CreateApiClientInputSchema, CreatedApiClientSchema } from '@carehuddle/shared';
import { z } from 'zod';
import { createApiClient, listApiClients, revokeApiClient } from '../../domain/apiClients/apiClientCommands';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Systems that read the FHIR API with a bearer token (organization admins only). */
export function apiClientRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/admin/api-clients', tag: 'API clients', auth: 'session',
      summary: 'API clients of the organization, newest first (organization admins only).',
      response: z.object({ clients: z.array(ApiClientSchema) }),
      async handle({ actor }) {
        return { clients: await listApiClients(services, actor) };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/admin/api-clients', tag: 'API clients', auth: 'session', status: 201,
      summary: 'Create an API client; the answer holds its bearer token, shown once (organization admins only).',
      body: CreateApiClientInputSchema, response: CreatedApiClientSchema,
      handle: ({ actor, body }) => createApiClient(services, actor, body),
    }),
    defineRoute({
      method: 'post', path: '/api/admin/api-clients/:clientId/revoke', tag: 'API clients', auth: 'session',
      summary: 'Revoke an API client: its token stops working at once (organization admins only).',
      params: ApiClientParamsSchema, response: ApiClientSchema,
      handle: ({ actor, params }) => revokeApiClient(services, actor, params.clientId),
    }),
  ];
}
