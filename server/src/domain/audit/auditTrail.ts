import type { AuditAction, AuditEventInput, AuditOutcome, AuditRepository } from '../../storage/port';
import type { Clock } from '../clock';
import { DomainError } from '../errors';

/**
 * A reason the server itself wrote: a string literal, or a union of literals
 * (an enum value, `added as ${CareTeamRole}`). A plain `string` — text a user
 * typed, such as a retraction reason or a title — does not compile, so free
 * text (which may name a dose or a diagnosis) cannot reach the trail.
 */
export type ReasonCode<R extends string> = string extends R ? never : R;

/** One thing that happened to patient data (or to sign-in), as a command describes it. */
export interface AuditEntry<R extends string = never> {
  actor: { userId: string; sessionId: string | null; ip: string | null } | null;
  role?: string | null;
  patientId?: string | null;
  action: AuditAction;
  type: string;
  resourceType: string;
  resourceId?: string | null;
  category?: string | null;
  outcome: AuditOutcome;
  /** Why, as a code the server wrote (see `ReasonCode`); never text a user typed. */
  reason?: ReasonCode<R> | null;
  ip?: string | null;
}

/** Records audit events; callers await it before serving data so that failures close, not open. */
export interface AuditTrail {
  record<R extends string = never>(entry: AuditEntry<R>): Promise<void>;
  /** Records several entries as consecutive links in one append (a batch of edits, say); all or none are stored. */
  recordMany<R extends string = never>(entries: ReadonlyArray<AuditEntry<R>>): Promise<void>;
  /**
   * Records one access that showed several patients: one record per patient
   * (so each appears in that patient's trail), appended together; with no
   * patient shown, one record without a patient.
   */
  recordForPatients<R extends string = never>(entry: Omit<AuditEntry<R>, 'patientId'>, patientIds: Iterable<string>): Promise<void>;
}

/** An entry once its reason has been checked at the call site. */
type CheckedEntry = Omit<AuditEntry, 'reason'> & { reason?: string | null };

/** The audit trail over the store's append-only repository. */
export function createAuditTrail(repo: AuditRepository, clock: Clock): AuditTrail {
  const input = (e: CheckedEntry, at: string): AuditEventInput => ({
    at,
    userId: e.actor?.userId ?? null,
    role: e.role ?? null,
    patientId: e.patientId ?? null,
    action: e.action,
    type: e.type,
    resourceType: e.resourceType,
    resourceId: e.resourceId ?? null,
    category: e.category ?? null,
    outcome: e.outcome,
    ip: e.actor?.ip ?? e.ip ?? null,
    sessionId: e.actor?.sessionId ?? null,
    reason: e.reason ?? null,
  });
  const append = async (entries: CheckedEntry[]): Promise<void> => {
    const at = clock.now().toISOString();
    try {
      await repo.appendMany(entries.map((e) => input(e, at)));
    } catch {
      // Fail closed: without an audit record the data must not be served.
      throw new DomainError('unavailable', 'The audit trail is unavailable; try again shortly.');
    }
  };
  return {
    record: (entry) => append([entry]),
    recordMany: (entries) => (entries.length === 0 ? Promise.resolve() : append([...entries])),
    recordForPatients(entry, patientIds) {
      const ids = [...new Set(patientIds)];
      return append(ids.length === 0 ? [{ ...entry, patientId: null }] : ids.map((patientId) => ({ ...entry, patientId })));
    },
  };
}
