import { COLLAB_PATH, parsePlanDocumentName, parseScreeningDocumentName, REALTIME_PROTOCOL_VERSION, SCREENING_ANSWERS_MAP, type CloseReason, type PlanAudience } from '@carehuddle/shared';
import type { IncomingMessage } from 'node:http';
import type { SessionManager } from '../../domain/auth/sessions';
import type { Actor } from '../../domain/actor';
import { activeMembership } from '../../domain/consent/sharingPreferences';
import { planDocumentAccess, type DocumentAccess } from '../../domain/policies/planDocumentPolicy';
import { planSectionWriteLimit } from '../../domain/policies/planSectionPolicy';
import { screeningDocumentAccess } from '../../domain/policies/screeningPolicy';
import type { Services } from '../../domain/services';
import type { OriginCheck } from '../../http/middleware/origin';
import { actorFromCookie } from '../../http/sessionCookie';

/** An upgrade the gate let through. */
export interface AdmittedConnection {
  docName: string;
  patientId: string;
  /** The plan document's audience, or `screening` for a screening in progress. */
  audience: PlanAudience | 'screening';
  actor: Actor;
  role: string;
  access: Exclude<DocumentAccess, 'none'>;
  /** The root maps the connection may write (null: all of them). */
  writableSections: ReadonlySet<string> | null;
  wantsAcks: boolean;
}

/** Only the answers of a screening are written by people; its status is the server's. */
const SCREENING_WRITABLE: ReadonlySet<string> = new Set([SCREENING_ANSWERS_MAP]);

/** The gate's verdict: admitted, or refused with the close reason to send before any document byte. */
export type GateVerdict = { ok: true; admitted: AdmittedConnection } | { ok: false; reason: CloseReason; actor: Actor | null; docName: string };

/** Whether an upgrade request is for the collaboration endpoint at all. */
export function isCollabPath(url: string | undefined): boolean {
  return url === COLLAB_PATH || (url?.startsWith(`${COLLAB_PATH}/`) ?? false);
}

/**
 * The one place where access to a document is decided: origin, session,
 * protocol version, document name, care team membership, role and the
 * patient's consent.
 */
export async function admitUpgrade(
  req: IncomingMessage,
  deps: { services: Services; sessions: SessionManager; isOwnOrigin: OriginCheck },
): Promise<GateVerdict> {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const docName = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
  const refuse = (reason: CloseReason, actor: Actor | null = null): GateVerdict => ({ ok: false, reason, actor, docName });
  if (!deps.isOwnOrigin(req.headers.origin)) return refuse('forbidden');
  const actor = await actorFromCookie(deps.sessions, req.headers.cookie, req.socket.remoteAddress ?? null);
  if (!actor) return refuse('unauthenticated');
  const version = url.searchParams.get('v');
  if (version !== null && Number(version) !== REALTIME_PROTOCOL_VERSION) return refuse('protocolMismatch', actor);
  const wantsAcks = url.searchParams.get('acks') === '1';
  const screening = parseScreeningDocumentName(docName);
  if (screening) {
    const [active, record] = await Promise.all([activeMembership(deps.services, screening.patientId, actor.userId), deps.services.store.screenings.find(screening.patientId, screening.screeningId)]);
    const access = active ? screeningDocumentAccess(active.membership, active.preferences) : 'none';
    if (!active || access === 'none') return refuse('forbidden', actor);
    if (!record) return refuse('notFound', actor);
    return {
      ok: true,
      admitted: {
        docName, patientId: screening.patientId, audience: 'screening', actor, role: active.membership.role,
        // A completed screening's document is a read-only record of how it was filled in.
        access: record.status === 'completed' ? 'read' : access, writableSections: SCREENING_WRITABLE, wantsAcks,
      },
    };
  }
  const parsed = parsePlanDocumentName(docName);
  if (!parsed) return refuse('notFound', actor);
  const active = await activeMembership(deps.services, parsed.patientId, actor.userId);
  const access = active ? planDocumentAccess(active.membership, parsed.audience, active.preferences) : 'none';
  if (!active || access === 'none') return refuse('forbidden', actor);
  return {
    ok: true,
    admitted: {
      docName, patientId: parsed.patientId, audience: parsed.audience, actor, role: active.membership.role, access,
      writableSections: planSectionWriteLimit(active.membership.role, parsed.audience), wantsAcks,
    },
  };
}
