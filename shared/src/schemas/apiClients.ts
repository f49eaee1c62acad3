import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';

/** The FHIR resource types the API serves (and a scope may name). */
export const FHIR_RESOURCE_TYPES = [
  'Patient', 'CareTeam', 'CarePlan', 'Goal', 'Condition', 'Task', 'ServiceRequest', 'MedicationStatement', 'Communication', 'Consent',
  'QuestionnaireResponse', 'AuditEvent',
] as const;
/** One of them. */
export type FhirResourceType = (typeof FHIR_RESOURCE_TYPES)[number];

/**
 * A SMART Backend Services scope, read-only for now: `system/Patient.read`,
 * `system/*.read`, or `patient/…` for a client that acts for one patient.
 */
export const API_SCOPE_PATTERN = new RegExp(`^(system|patient)/(\\*|${FHIR_RESOURCE_TYPES.join('|')})\\.read$`);

/** A scope as granted to an API client. */
export const ApiScopeSchema = z.string().regex(API_SCOPE_PATTERN, 'Use a scope such as system/Patient.read, system/*.read or patient/*.read.');

/** Body of `POST /api/admin/api-clients`: an organization admin connects a system. */
export const CreateApiClientInputSchema = z.strictObject({
  /** Who the system is, e.g. "Health plan data warehouse". */
  name: z.string().trim().min(1, 'Enter a name for the system.').max(80, 'Keep the name under 80 characters.'),
  /** What it may read. */
  scopes: z.array(ApiScopeSchema).min(1, 'Choose at least one scope.').max(30),
  /** The patient `patient/…` scopes apply to (required with them, refused without them). */
  patientId: IdSchema.nullable().default(null),
  /** The last day the token works. */
  expiresOn: CalendarDateSchema,
}).superRefine((input, ctx) => {
  const patientScoped = input.scopes.some((s) => s.startsWith('patient/'));
  if (patientScoped && !input.patientId) ctx.addIssue({ code: 'custom', path: ['patientId'], message: 'Enter the patient that patient/ scopes apply to.' });
  if (!patientScoped && input.patientId) ctx.addIssue({ code: 'custom', path: ['patientId'], message: 'A patient applies only to patient/ scopes.' });
});
export type CreateApiClientInput = z.infer<typeof CreateApiClientInputSchema>;

/** An API client as admins see it (never its token). */
export const ApiClientSchema = z.object({
  /** Opaque id. */
  id: IdSchema,
  /** The system's name. */
  name: z.string(),
  /** Granted scopes. */
  scopes: z.array(z.string()),
  /** The patient of `patient/…` scopes. */
  patientId: IdSchema.nullable(),
  /** `active`, `expired` or `revoked`, now. */
  status: z.enum(['active', 'expired', 'revoked']),
  /** When it was created. */
  createdAt: InstantSchema,
  /** When the token stops working. */
  expiresAt: InstantSchema,
  /** When it was revoked, if it was. */
  revokedAt: InstantSchema.nullable(),
});
export type ApiClient = z.infer<typeof ApiClientSchema>;

/** Response of creating a client: the bearer token, shown once (only its hash is stored). */
export const CreatedApiClientSchema = z.object({
  /** The client. */
  client: ApiClientSchema,
  /** The bearer token for `Authorization: Bearer …`. */
  token: z.string(),
});
export type CreatedApiClient = z.infer<typeof CreatedApiClientSchema>;

/** Params of routes about one API client. */
export const ApiClientParamsSchema = z.strictObject({ clientId: IdSchema });
