import { PLAN_DOCUMENT_MATRIX, RECONCILIATION_DECIDERS, RECONCILIATION_SIGNERS } from '@carehuddle/shared';
import { isFamilySide } from './notePolicy';
import type { Membership } from './patientPolicy';

/**
 * Who sees a patient's medication reconciliations: staff whose role may read
 * the clinical plan, where the medication list lives. Family caregivers, the
 * patient and community support never learn one exists (404).
 */
export function canViewReconciliations(membership: Membership): boolean {
  return membership !== null && !isFamilySide(membership.role) && PLAN_DOCUMENT_MATRIX[membership.role].clinical !== 'none';
}

/** Anyone who sees reconciliations may start one (after an admission, a discharge, or on request). */
export const canStartReconciliation = canViewReconciliations;

/** Pharmacist, physician, nurse or care coordinator decide on medications and flag discrepancies. */
export function canDecideMedications(membership: Membership): boolean {
  return membership !== null && RECONCILIATION_DECIDERS.includes(membership.role);
}

/** Follow-up work is added by those who decide, since it comes of their decisions. */
export const canAddFollowUps = canDecideMedications;

/** Only a pharmacist marks the pharmacist's review done. */
export function canMarkPharmacistReview(membership: Membership): boolean {
  return membership?.role === 'pharmacist';
}

/**
 * A reconciliation is completed and signed by a licensed clinician who can act
 * on medication orders: the physician or the nurse. The care coordinator and
 * the pharmacist prepare it but do not sign it.
 */
export function canSignReconciliation(membership: Membership): boolean {
  return membership !== null && RECONCILIATION_SIGNERS.includes(membership.role);
}
