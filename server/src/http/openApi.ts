import { ApiErrorSchema } from '@carehuddle/shared';
import { z } from 'zod';
import type { AnyRoute } from './routeDefinition';

type JsonObject = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonObject =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });

function pathParameters(route: AnyRoute): JsonObject[] {
  return [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

/** Builds the OpenAPI 3.1 document from the same route declarations and zod schemas that validate requests. */
export function buildOpenApi(routes: readonly AnyRoute[]): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  const error = { description: 'Error', content: { 'application/json': { schema: jsonSchema(ApiErrorSchema, 'output') } } };
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const status = String(route.status ?? 200);
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      tags: [route.tag],
      security: route.auth === 'session' ? [{ sessionCookie: [] }] : [],
      parameters: pathParameters(route),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses: {
        [status]: route.response && status !== '204'
          ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } }
          : { description: 'Success' },
        '400': error, '401': error, '403': error, '404': error, '429': error,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'CareHuddle API', version: '0.1.0' },
    components: { securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'carehuddle_session' } } },
    paths,
  };
}
