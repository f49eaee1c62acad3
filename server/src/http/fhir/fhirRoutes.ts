import type { Resource } from '@medplum/fhirtypes';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../../domain/actor';
import { DomainError, notFound } from '../../domain/errors';
import { capabilityStatement } from '../../domain/fhir/capabilityStatement';
import { carePlanBundle } from '../../domain/fhir/carePlanBundle';
import { authenticateBearer, type FhirCaller } from '../../domain/fhir/fhirCaller';
import { isServedType, patientEverything, readFhir, searchFhir } from '../../domain/fhir/fhirRead';
import { fromFhirId } from '../../domain/fhir/resources/common';
import type { Services } from '../../domain/services';
import { clientIp } from '../mountRoutes';
import { defineRoute, type AnyRoute } from '../routeDefinition';
import { bearerTokenOf, sendFhir, sendOperationOutcome } from './fhirResponses';

/** The FHIR base path. */
export const FHIR_BASE_PATH = '/fhir/R4';

// The router's schemas let anything through: FHIR answers bad input with an OperationOutcome, which the handlers build.
const AnyQuery = z.record(z.string(), z.unknown());
const TypeParams = z.object({ type: z.string() });
const InstanceParams = z.object({ type: z.string(), id: z.string() });
const IdParams = z.object({ id: z.string() });
/** Documentation only: FHIR resources are described by the FHIR specification, not by zod. */
const FhirResource = z.object({ resourceType: z.string() }).loose();

/** The absolute base URL a request reached, for Bundle links and `fullUrl`s. */
const baseOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}${FHIR_BASE_PATH}`;

/** The bearer token's API client if there is an `Authorization` header, else the signed-in staff member; else 401. */
async function callerOf(services: Services, req: Request, actor: Actor | null): Promise<FhirCaller> {
  const token = bearerTokenOf(req);
  if (token !== undefined || req.headers.authorization) return authenticateBearer(services, token ?? '', clientIp(req));
  if (actor) return { kind: 'staff', actor };
  throw new DomainError('unauthenticated', 'Sign in, or send Authorization: Bearer with an API client token.');
}

/** Runs a FHIR interaction: answers with the resource, or an OperationOutcome for any expected failure. */
async function answer(res: Response, work: () => Promise<Resource>): Promise<undefined> {
  try {
    sendFhir(res, 200, await work());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    sendOperationOutcome(res, error.code, error.message, error.fields);
  }
  return undefined;
}

const servedType = (type: string) => {
  if (!isServedType(type)) throw new DomainError('not_found', `This server does not serve ${type} resources.`);
  return type;
};

/** The read-only FHIR R4 API: metadata, search, read, `Patient/$everything` and the care plan Bundle. */
export function fhirRoutes(services: Services): AnyRoute[] {
  const common = { tag: 'FHIR R4', auth: 'public', rateLimit: 'fhir', response: FhirResource } as const;
  return [
    defineRoute({
      ...common, method: 'get', path: `${FHIR_BASE_PATH}/metadata`, query: AnyQuery,
      summary: 'The CapabilityStatement: what this FHIR server really supports (public).',
      handle: ({ req, res }) => answer(res, async () => capabilityStatement(baseOf(req), services.clock.now().toISOString())),
    }),
    defineRoute({
      ...common, method: 'get', path: `${FHIR_BASE_PATH}/Patient/:id/$everything`, params: IdParams, query: AnyQuery,
      summary: 'Every resource about the patient the caller may read, as a Bundle.',
      handle: ({ actor, params, req, res }) => answer(res, async () => patientEverything(services, await callerOf(services, req, actor), params.id, baseOf(req))),
    }),
    defineRoute({
      ...common, method: 'get', path: `${FHIR_BASE_PATH}/Patient/:id/$care-plan`, params: IdParams, query: AnyQuery,
      summary: 'The patient\'s care plan as a Bundle shaped after the HL7 Multiple Chronic Conditions eCare Plan guide.',
      handle: ({ actor, params, req, res }) => answer(res, async () => carePlanBundle(services, await callerOf(services, req, actor), fromFhirId(params.id), baseOf(req))),
    }),
    defineRoute({
      ...common, method: 'get', path: `${FHIR_BASE_PATH}/:type`, params: TypeParams, query: AnyQuery,
      summary: 'Search one resource type; a searchset Bundle with paging links (_count, _offset).',
      handle: ({ actor, params, query, req, res }) => answer(res, async () => {
        const caller = await callerOf(services, req, actor);
        return searchFhir(services, caller, servedType(params.type), query, baseOf(req));
      }),
    }),
    defineRoute({
      ...common, method: 'get', path: `${FHIR_BASE_PATH}/:type/:id`, params: InstanceParams, query: AnyQuery,
      summary: 'Read one resource (404 when it does not exist or is not the caller\'s to see).',
      handle: ({ actor, params, req, res }) => answer(res, async () => {
        const caller = await callerOf(services, req, actor);
        if (!isServedType(params.type)) throw notFound(params.type);
        return readFhir(services, caller, params.type, params.id);
      }),
    }),
  ];
}
