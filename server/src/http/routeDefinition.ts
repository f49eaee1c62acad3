import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../domain/actor';

/** HTTP verbs the API uses. */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route before policies look at it. */
export type RouteAuth = 'public' | 'session';

/** No parameters, query or body: anything extra is rejected. */
export const Nothing = z.strictObject({});
type NothingSchema = typeof Nothing;

/** What a handler gets: parsed input only, never the raw request body. */
export interface RouteContext<A extends RouteAuth, P, Q, B> {
  actor: A extends 'session' ? Actor : Actor | null;
  params: P;
  query: Q;
  body: B;
  /** The `Idempotency-Key` header of a route marked `idempotent`, already checked; null when none was sent. */
  idempotencyKey: string | null;
  req: Request;
  res: Response;
}

/** One API route, declared once: the chain, validation, OpenAPI and the authorization matrix read it. */
export interface RouteSpec<
  A extends RouteAuth = RouteAuth,
  PS extends z.ZodType = z.ZodType,
  QS extends z.ZodType = z.ZodType,
  BS extends z.ZodType = z.ZodType,
  RS extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express path, e.g. `/api/patients/:patientId`. */
  path: string;
  summary: string;
  tag: string;
  auth: A;
  params?: PS;
  query?: QS;
  body?: BS;
  /** Response body schema (documentation); absent for 204. */
  response?: RS;
  /** Status on success; 204 sends no body. */
  status?: number;
  /**
   * The body is a file, read as bytes after authentication (so nobody signed
   * out can make the server read a large body); larger bodies are refused with `tooLarge`.
   */
  rawBody?: { limit: number; tooLarge: string };
  /**
   * The route takes an `Idempotency-Key` header (task actions, tracking steps):
   * the chain checks its form and hands it to the handler, which stores the action once.
   */
  idempotent?: true;
  /** Stricter rate limit bucket: sign-in and password checks, invitation links, the FHIR API (per token or session), or search (per session). */
  rateLimit?: 'login' | 'invitation' | 'fhir' | 'search';
  handle(ctx: RouteContext<A, z.output<PS>, z.output<QS>, z.output<BS>>): Promise<z.input<RS> | undefined>;
}

/** Any route, with the types erased for the router. */
export type AnyRoute = RouteSpec<RouteAuth, z.ZodType, z.ZodType, z.ZodType, z.ZodType>;

/** Declares a route with its input types inferred from its schemas. */
export function defineRoute<
  A extends RouteAuth,
  PS extends z.ZodType = NothingSchema,
  QS extends z.ZodType = NothingSchema,
  BS extends z.ZodType = NothingSchema,
  RS extends z.ZodType = z.ZodVoid,
>(spec: RouteSpec<A, PS, QS, BS, RS>): AnyRoute {
  return spec;
}
