import { AttachmentTargetSchema, type AttachmentTarget } from '@carehuddle/shared';
import type { AttachmentRecord } from '../../storage/port';
import { anchorOf, threadAuditCategory } from '../notes/threadAccess';
import type { PatientAccess } from '../patients/patientAccess';
import { attachmentAccess, type AttachmentAccess, type TargetFacts } from '../policies/attachmentPolicy';
import type { ReconciliationData } from '../reconciliation/reconciliationRules';
import type { Services } from '../services';

/** A target as one person may use it: their access, and the audit category of its records. */
export interface ResolvedTarget {
  access: AttachmentAccess;
  /** Audit category: the target's own (`sensitive/attachments`, a thread's), so a reviewer learns no more than the target shows. */
  category: string;
}

/** What a target is, looked up once: the facts the policy needs and its audit category; null when it does not exist. */
interface Found { facts: TargetFacts; category: string }

/** The target stored with a file (validated when the file was stored). */
export function targetOf(record: AttachmentRecord): AttachmentTarget {
  return AttachmentTargetSchema.parse(JSON.parse(record.target));
}

async function lookUp(services: Services, patientId: string, target: AttachmentTarget): Promise<Found | null> {
  switch (target.kind) {
    case 'patient': return { facts: {}, category: 'clinical/attachments' };
    case 'planItem': return { facts: {}, category: `${target.audience}/attachments` };
    case 'thread': {
      const thread = await services.store.notes.findThread(patientId, target.threadId);
      return thread ? { facts: { thread: { visibility: thread.visibility, anchor: anchorOf(thread) } }, category: threadAuditCategory(thread) } : null;
    }
    case 'medication': {
      const record = await services.store.reconciliations.find(patientId, target.reconciliationId);
      if (!record) return null;
      const data = JSON.parse(record.data) as ReconciliationData;
      if (!data.medications.some((m) => m.itemId === target.itemId)) return null;
      return { facts: { completed: record.status === 'completed' }, category: 'clinical/medications' };
    }
  }
}

/**
 * Resolves targets for one person on one patient's team, looking up each
 * thread and reconciliation once per request: a target that does not exist
 * (or a medication its reconciliation does not hold) gives no access.
 */
export function targetResolver(services: Services, access: PatientAccess): (target: AttachmentTarget) => Promise<ResolvedTarget> {
  const found = new Map<string, Promise<Found | null>>();
  return async (target) => {
    const key = JSON.stringify(target);
    let lookup = found.get(key);
    if (!lookup) {
      lookup = lookUp(services, access.patient.id, target);
      found.set(key, lookup);
    }
    const got = await lookup;
    if (!got) return { access: 'none', category: target.kind === 'thread' ? 'notes' : 'clinical/attachments' };
    return { access: attachmentAccess(access.membership, access.preferences, target, got.facts), category: got.category };
  };
}
