import { IdSchema } from '../schemas/ids';

/**
 * A plan is split into documents by audience, because a client that syncs a
 * Yjs document receives all of it, deleted content included. Behavioral health
 * (`sensitive`) and substance-use records are separate documents because the
 * patient consents to share each with different people.
 */
export const PLAN_AUDIENCES = ['shared', 'clinical', 'sensitive', 'substanceUse'] as const;
/** Who a plan document is written for. */
export type PlanAudience = (typeof PLAN_AUDIENCES)[number];

/** A parsed document name. */
export interface PlanDocumentName {
  patientId: string;
  audience: PlanAudience;
}

/** The websocket path prefix: documents are served at `/collab/<document>`. */
export const COLLAB_PATH = '/collab';

/** `plan:<patientId>:<audience>` — the public document name format. */
export function planDocumentName(patientId: string, audience: PlanAudience): string {
  return `plan:${patientId}:${audience}`;
}

/** Parses a document name; null for anything that is not exactly a plan document. */
export function parsePlanDocumentName(name: string): PlanDocumentName | null {
  const parts = name.split(':');
  if (parts.length !== 3 || parts[0] !== 'plan') return null;
  const [, patientId, audience] = parts as [string, string, string];
  if (!IdSchema.safeParse(patientId).success) return null;
  if (!(PLAN_AUDIENCES as readonly string[]).includes(audience)) return null;
  return { patientId, audience: audience as PlanAudience };
}

/** A parsed screening document name. */
export interface ScreeningDocumentName {
  patientId: string;
  screeningId: string;
}

/** `screening:<patientId>:<screeningId>` — a screening in progress, co-administered live. */
export function screeningDocumentName(patientId: string, screeningId: string): string {
  return `screening:${patientId}:${screeningId}`;
}

/** The root map of a screening document: answers keyed by question link id. */
export const SCREENING_ANSWERS_MAP = 'answers';

/** Parses a document name; null for anything that is not exactly a screening document. */
export function parseScreeningDocumentName(name: string): ScreeningDocumentName | null {
  const parts = name.split(':');
  if (parts.length !== 3 || parts[0] !== 'screening') return null;
  const [, patientId, screeningId] = parts as [string, string, string];
  if (!IdSchema.safeParse(patientId).success || !IdSchema.safeParse(screeningId).success) return null;
  return { patientId, screeningId };
}
