import { budgetKeyOf } from '../app/addressLimits';
import type { CloseReason } from '@carehuddle/shared';
import type { AuditEntry, AuditTrail } from '../domain/audit/auditTrail';

/** Distinct (address, user, reason) keys remembered per window; the rest share one overflow count. */
const MAX_KEYS = 10_000;

/** Why an upgrade was refused: a close reason, or the address's upgrade budget. */
export type RefusalReason = CloseReason | 'too many upgrade attempts';

/** A refusal to record; the summary of a window counts the repeats in its reason. */
type RefusalEntry = AuditEntry<RefusalReason | `${RefusalReason}; ${number} more from this address in the same window` | `${number} refusals from further addresses`>;

interface Pending {
  sample: AuditEntry<RefusalReason>;
  more: number;
}

/**
 * Audit records of refused websocket upgrades, coalesced per address: the
 * first refusal of an address (and user and patient, and reason) in a window is recorded
 * at once, later ones are counted and written as one summary when the window
 * ends. Anonymous clients can retry forever; the trail grows by at most two
 * records per key per window, and memory by at most `MAX_KEYS` entries.
 */
export class RefusedUpgradeAudit {
  private window = new Map<string, Pending>();
  private overflow = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly audit: AuditTrail, private readonly onError: (error: unknown) => void, windowMs = 60_000) {
    this.timer = setInterval(() => void this.flush(), windowMs);
    this.timer.unref();
  }

  /** Notes one refusal; `entry.ip` must be the client's address. */
  refused(entry: AuditEntry<RefusalReason>): void {
    // A signed-in user's refusals stay apart per patient, so each patient's trail shows who tried; anonymous ones
    // name no one and their patient ids are whatever the client typed, so they share one key per address.
    const who = entry.actor ? `${entry.actor.userId}|${entry.patientId ?? '-'}` : '-';
    const key = `${budgetKeyOf(entry.ip ?? entry.actor?.ip ?? '?')}|${who}|${entry.type}|${entry.reason ?? ''}`;
    const pending = this.window.get(key);
    if (pending) {
      pending.more += 1;
      return;
    }
    if (this.window.size >= MAX_KEYS) {
      this.overflow += 1;
      return;
    }
    this.window.set(key, { sample: entry, more: 0 });
    this.audit.record(entry).catch(this.onError);
  }

  /** Writes the summaries of the window that ends now. */
  async flush(): Promise<void> {
    const ended = this.window;
    const overflow = this.overflow;
    this.window = new Map();
    this.overflow = 0;
    const summaries: RefusalEntry[] = [...ended.values()].filter((p) => p.more > 0).map(({ sample, more }) => ({
      ...sample, reason: `${sample.reason ?? 'forbidden'}; ${more} more from this address in the same window`,
    }));
    if (overflow > 0) {
      summaries.push({ actor: null, action: 'E', type: 'realtime.refused', resourceType: 'Connection', outcome: 'denied', reason: `${overflow} refusals from further addresses` });
    }
    for (const summary of summaries) await this.audit.record(summary).catch(this.onError);
  }

  /** Stops the window timer and writes what is pending (the pair to construction). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
