import type { AuditAction, AuditOutcome, AuditRepository } from '../../storage/port';
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
  reason?: string | null;
  ip?: string | null;
}

/** Records audit events; callers await it before serving data so that failures close, not open. */
export interface AuditTrail {
  record(entry: AuditEntry): Promise<void>;
}

/** The audit trail over the store's append-only repository. */
export function createAuditTrail(repo: AuditRepository, clock: Clock): AuditTrail {
  return {
    async record(e) {
      try {
        await repo.append({
          at: clock.now().toISOString(),
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
      } catch {
        // Fail closed: without an audit record the data must not be served.
        throw new DomainError('unavailable', 'The audit trail is unavailable; try again shortly.');
      }
    },
  };
}
