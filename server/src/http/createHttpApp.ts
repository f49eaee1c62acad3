import { caseloadRoutes } from './routes/caseloadRoutes';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import type { SessionManager } from '../domain/auth/sessions';
import type { Services } from '../domain/services';
import { withoutTokens, type Logger } from '../logger';
import { errorHandler, sendError } from './middleware/errorHandler';
import { requireOwnOriginForWrites, type OriginCheck } from './middleware/origin';
import { noStore, securityHeaders } from './middleware/securityHeaders';
import { serveClientAssets } from './clientAssets';
import { mountRoutes } from './mountRoutes';
import { buildOpenApi } from './openApi';
import { createRateLimiters, type RateLimitSettings } from './rateLimits';
import { defineRoute, type AnyRoute } from './routeDefinition';
import { z } from 'zod';
import { auditRoutes } from './routes/auditRoutes';
import { authRoutes } from './routes/authRoutes';
import { healthRoutes } from './routes/healthRoutes';
import { patientRoutes } from './routes/patientRoutes';
import { staffRoutes } from './routes/staffRoutes';
import { planTemplateRoutes } from './routes/planTemplateRoutes';
import { screeningRoutes } from './routes/screeningRoutes';
import { trackingRoutes } from './routes/trackingRoutes';
import { taskRoutes } from './routes/taskRoutes';
import { todayRoutes } from './routes/todayRoutes';
import { reconciliationRoutes } from './routes/reconciliationRoutes';
import { invitationRoutes } from './routes/invitationRoutes';
import { sharingRoutes } from './routes/sharingRoutes';
import { interfaceRoutes } from './routes/interfaceRoutes';
import { apiClientRoutes } from './routes/apiClientRoutes';
import { fhirRoutes } from './fhir/fhirRoutes';
import { measureRoutes } from './routes/measureRoutes';

/** What the HTTP app is built from. */
export interface HttpAppDeps {
  services: Services;
  sessions: SessionManager;
  logger: Logger;
  isOwnOrigin: OriginCheck;
  secureCookies: boolean;
  rateLimits: RateLimitSettings;
  /** Express `trust proxy` (from `TRUST_PROXY`): only these proxies' `X-Forwarded-For` is believed. */
  trustProxy: false | number | string[];
  /** Built client to serve, if present. */
  clientDir: string;
  /** Routes contributed by feature modules (realtime, plans, notes…). */
  extraRoutes?: readonly AnyRoute[];
  /** The key FHIR senders of admission alerts present (`INTERFACE_API_KEY`). */
  interfaceKey?: string | undefined;
}

/** Every route of the API, in one list: the router, OpenAPI and the authorization matrix all read it. */
export function apiRoutes(deps: Pick<HttpAppDeps, 'services' | 'sessions' | 'secureCookies' | 'extraRoutes' | 'interfaceKey'>): AnyRoute[] {
  const routes = [
    ...healthRoutes(deps.services.store),
    ...authRoutes(deps.services, deps.sessions, deps.secureCookies),
    ...patientRoutes(deps.services),
    ...staffRoutes(deps.services, deps.sessions),
    ...auditRoutes(deps.services),
    ...trackingRoutes(deps.services),
    ...taskRoutes(deps.services),
    ...todayRoutes(deps.services),
    ...screeningRoutes(deps.services),
    ...reconciliationRoutes(deps.services),
    ...sharingRoutes(deps.services, deps.sessions),
    ...invitationRoutes(deps.services, deps.sessions, deps.secureCookies),
    ...interfaceRoutes(deps.services, deps.interfaceKey),
    ...apiClientRoutes(deps.services),
    ...fhirRoutes(deps.services),
    ...planTemplateRoutes(deps.services),
    ...measureRoutes(deps.services),
    ...caseloadRoutes(deps.services),
    ...(deps.extraRoutes ?? []),
  ];
  let openApi: Record<string, unknown> | undefined;
  routes.push(defineRoute({
    method: 'get', path: '/api/openapi.json', tag: 'operations', auth: 'public',
    summary: 'This OpenAPI document, generated from the shared zod schemas.', response: z.record(z.string(), z.unknown()),
    async handle() {
      openApi ??= buildOpenApi(routes);
      return openApi;
    },
  }));
  return routes;
}

/** Builds the Express app: headers, CSRF, JSON, the route chain, the client, errors. */
export function createHttpApp(deps: HttpAppDeps): { app: Express; routes: AnyRoute[] } {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  app.use(pinoHttp({
    logger: deps.logger, autoLogging: { ignore: (req) => req.url === '/healthz' },
    serializers: { req: (req: { url: string }) => ({ ...req, url: withoutTokens(req.url) }) },
  }));
  app.use(securityHeaders());
  app.use(['/api', '/fhir', '/healthz', '/readyz'], noStore);
  app.use(requireOwnOriginForWrites(deps.isOwnOrigin));
  app.use(express.json({ limit: '256kb', strict: true }));
  // A roster file is the body of its import: read as text, larger than any JSON request (10,000 members fit).
  app.use('/api/roster-imports', express.text({ type: ['text/csv', 'application/fhir+json'], limit: '15mb' }));
  // FHIR Encounter alerts arrive as application/fhir+json.
  app.use('/api/interfaces/encounters', express.json({ type: 'application/fhir+json', limit: '256kb', strict: true }));

  const routes = apiRoutes(deps);
  const limiters = createRateLimiters(deps.rateLimits, deps.services.audit, deps.sessions);
  const router = express.Router();
  mountRoutes(router, routes, { services: deps.services, sessions: deps.sessions, limiters });
  app.use(router);
  app.use('/api', (_req, res) => sendError(res, 'not_found', 'No such API route.'));

  if (existsSync(join(deps.clientDir, 'index.html'))) {
    app.use(serveClientAssets(deps.clientDir));
    app.get('/{*path}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(deps.clientDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => void res.type('text').send('CareHuddle API is running. Build the client with `npx pnpm@10 --filter @carehuddle/client build`.'));
  }
  app.use(errorHandler(deps.logger));
  return { app, routes };
}
