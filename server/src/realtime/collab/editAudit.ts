import type { AuditTrail } from '../../domain/audit/auditTrail';
import type { CollabConnection } from './collabConnection';
import type { CollabRoom } from './collabRoom';

/** Typing produces many updates: one audit record per user, document and section per window. */
export const EDIT_AUDIT_WINDOW_MS = 60_000;

/** Coalesces edit audit records while never losing who edited what. */
export class EditAuditCoalescer {
  private readonly lastRecorded = new Map<string, number>();

  constructor(private readonly audit: AuditTrail, private readonly onFailure: (error: unknown) => void, private readonly now: () => number = Date.now) {}

  /** Notes an edit; records it when this user has not edited this section of this document within the window. */
  edited(
    room: CollabRoom, conn: CollabConnection, itemKeys: readonly string[], patientId: string, audience: string,
    record: { type: string; resourceType: string } = { type: 'plan.edit', resourceType: 'CarePlan' },
  ): void {
    const sections = new Set(itemKeys.map((k) => k.split('/')[0]!));
    if (sections.size === 0) sections.add('(document)');
    for (const section of sections) {
      const key = `${conn.actor.userId}|${room.name}|${section}`;
      const t = this.now();
      if (t - (this.lastRecorded.get(key) ?? -Infinity) < EDIT_AUDIT_WINDOW_MS) continue;
      this.lastRecorded.set(key, t);
      this.audit.record({
        actor: conn.actor, role: conn.role, patientId, action: 'U', type: record.type, resourceType: record.resourceType,
        resourceId: room.name, category: `${audience}/${section}`, outcome: 'success',
      }).catch(this.onFailure);
    }
  }
}
