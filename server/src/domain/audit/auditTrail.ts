import type { AuditAction, AuditEventInput, AuditOutcome, AuditRepository } from '../../storage/port';
import type { Clock } from '../clock';
import { DomainError } from '../errors';

/** One thing that happened to patient data (or to sign-in), as a command describes it. */
export interface AuditEntry {
  actor: { userId: string; sessionId: string | null; ip: string | null } | null;
  role?: string | null;
  patientId?: string | null;
  action: AuditAction;
  type: string;
  resourceType: string;
  resourceId?: string | null;
  category?: string | null;
  outcome: AuditOutcome;
  /**
   * Why, as a fixed code or phrase written by the server (`rate limited`, an
   * enum value); never text a user typed — a retraction reason or a title may
   * carry clinical details the trail's readers must not see.
   */
  reason?: string | null;
  ip?: string | null;
}

/** Records audit events; callers await it before serving data so that failures close, not open. */
export interface AuditTrail {
  record(entry: AuditEntry): Promise<void>;
  /**
   * Records one access that showed several patients: one record per patient
   * (so each appears in that patient's trail), appended together; with no
   * patient shown, one record without a patient.
   */
  recordForPatients(entry: Omit<AuditEntry, 'patientId'>, patientIds: Iterable<string>): Promise<void>;
}

/** The audit trail over the store's append-only repository. */
export function createAuditTrail(repo: AuditRepository, clock: Clock): AuditTrail {
  const input = (e: AuditEntry, at: string): AuditEventInput => ({
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
  const append = async (entries: AuditEntry[]): Promise<void> => {
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
    recordForPatients(entry, patientIds) {
      const ids = [...new Set(patientIds)];
      return append(ids.length === 0 ? [{ ...entry, patientId: null }] : ids.map((patientId) => ({ ...entry, patientId })));
    },
  };
}
