import type { AttachmentTarget, SharingPreferences } from '@carehuddle/shared';
import { canReadThread, isFamilySide } from './notePolicy';
import type { Membership } from './patientPolicy';
import { planDocumentAccess } from './planDocumentPolicy';
import { canWritePlanSection } from './planSectionPolicy';
import { canDecideMedications, canViewReconciliations } from './reconciliationPolicy';

/** What a person may do with the files of one target: add and read them, read them, or neither. */
export type AttachmentAccess = 'write' | 'read' | 'none';

/** What the policy needs to know about the target beyond its kind. */
export interface TargetFacts {
  /** A thread target: the thread as stored (its visibility and what it is about). */
  thread?: Parameters<typeof canReadThread>[2];
  /** A medication target: whether its reconciliation is completed (signed records never change). */
  completed?: boolean;
}

/**
 * Files follow the thing they are attached to, decided from the audience of
 * that thing (docs/attachments.md):
 * - the patient's record: staff whose role reads the clinical plan (a discharge
 *   summary, a signed consent form is clinical record); never the family side;
 * - a plan item: whoever may read its plan document (consent included); added by
 *   those who may write the item's section;
 * - a thread: whoever may read the thread, and they may add files as they may post;
 * - a reconciliation's medication: those who see reconciliations; added by those
 *   who decide on medications, until the reconciliation is signed.
 */
export function attachmentAccess(membership: Membership, preferences: SharingPreferences, target: AttachmentTarget, facts: TargetFacts = {}): AttachmentAccess {
  if (!membership) return 'none';
  switch (target.kind) {
    case 'patient':
      return !isFamilySide(membership.role) && planDocumentAccess(membership, 'clinical', preferences) !== 'none' ? 'write' : 'none';
    case 'planItem': {
      const document = planDocumentAccess(membership, target.audience, preferences);
      if (document === 'none') return 'none';
      return document === 'write' && canWritePlanSection(membership.role, target.audience, target.section) ? 'write' : 'read';
    }
    case 'thread':
      return facts.thread && canReadThread(membership, preferences, facts.thread) ? 'write' : 'none';
    case 'medication':
      if (!canViewReconciliations(membership)) return 'none';
      return canDecideMedications(membership) && facts.completed === false ? 'write' : 'read';
  }
}
