import {
  AddFollowUpInputSchema, AddReconciledMedicationInputSchema, DecideMedicationInputSchema, PatientParamsSchema, ReconciledMedicationParamsSchema, ReconciliationParamsSchema,
  ReconciliationSchema, ReconciliationSummarySchema, StartReconciliationInputSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import { addFollowUp, addMedication, completeReconciliation, decideMedication, markPharmacistReview } from '../../domain/reconciliation/changeReconciliation';
import { listReconciliations, readReconciliation } from '../../domain/reconciliation/readReconciliations';
import { startReconciliation } from '../../domain/reconciliation/startReconciliation';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

const base = '/api/patients/:patientId/reconciliations';

/** Medication reconciliation: start, decide and flag, add a missing medication, follow up, review, complete and sign, read. */
export function reconciliationRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: base, tag: 'medication reconciliation', auth: 'session',
      summary: "The patient's medication reconciliations, newest first (staff who may read the clinical plan).",
      params: PatientParamsSchema, response: z.object({ reconciliations: z.array(ReconciliationSummarySchema) }),
      async handle({ actor, params }) {
        return { reconciliations: await listReconciliations(services, actor, params.patientId) };
      },
    }),
    defineRoute({
      method: 'post', path: base, tag: 'medication reconciliation', auth: 'session', status: 201,
      summary: "Start a reconciliation from the clinical plan's current medication list; every medication starts pending.",
      params: PatientParamsSchema, body: StartReconciliationInputSchema, response: ReconciliationSchema,
      handle: ({ actor, params, body }) => startReconciliation(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'get', path: `${base}/:reconciliationId`, tag: 'medication reconciliation', auth: 'session',
      summary: 'One reconciliation; once completed, the signed, immutable record.',
      params: ReconciliationParamsSchema, response: ReconciliationSchema,
      handle: ({ actor, params }) => readReconciliation(services, actor, params.patientId, params.reconciliationId),
    }),
    defineRoute({
      method: 'put', path: `${base}/:reconciliationId/medications/:itemId`, tag: 'medication reconciliation', auth: 'session',
      summary: 'Decide on one medication (continue, change, stop, new) and flag or clear a discrepancy.',
      params: ReconciledMedicationParamsSchema, body: DecideMedicationInputSchema, response: ReconciliationSchema,
      handle: ({ actor, params, body }) => decideMedication(services, actor, params.patientId, params.reconciliationId, params.itemId, body),
    }),
    defineRoute({
      method: 'post', path: `${base}/:reconciliationId/medications`, tag: 'medication reconciliation', auth: 'session', status: 201,
      summary: 'Add a medication the plan does not list yet (e.g. from the discharge summary); it is decided new and joins the clinical plan.',
      params: ReconciliationParamsSchema, body: AddReconciledMedicationInputSchema, response: ReconciliationSchema,
      handle: ({ actor, params, body }) => addMedication(services, actor, params.patientId, params.reconciliationId, body),
    }),
    defineRoute({
      method: 'post', path: `${base}/:reconciliationId/follow-ups`, tag: 'medication reconciliation', auth: 'session', status: 201,
      summary: 'Add follow-up work; it becomes an owned, dated task in the clinical plan.',
      params: ReconciliationParamsSchema, body: AddFollowUpInputSchema, response: ReconciliationSchema,
      handle: ({ actor, params, body }) => addFollowUp(services, actor, params.patientId, params.reconciliationId, body),
    }),
    defineRoute({
      method: 'post', path: `${base}/:reconciliationId/pharmacist-review`, tag: 'medication reconciliation', auth: 'session',
      summary: "Mark the pharmacist's review done (pharmacists only).",
      params: ReconciliationParamsSchema, response: ReconciliationSchema,
      handle: ({ actor, params }) => markPharmacistReview(services, actor, params.patientId, params.reconciliationId),
    }),
    defineRoute({
      method: 'post', path: `${base}/:reconciliationId/complete`, tag: 'medication reconciliation', auth: 'session',
      summary: 'Complete and sign (physician or nurse); refused while any medication is pending. Afterwards it never changes.',
      params: ReconciliationParamsSchema, response: ReconciliationSchema,
      handle: ({ actor, params }) => completeReconciliation(services, actor, params.patientId, params.reconciliationId),
    }),
  ];
}
