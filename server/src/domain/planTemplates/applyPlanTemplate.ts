import { calendarDateIn, planDocumentName, type AppliedPlanTemplate, type ApplyPlanTemplateInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { canApplyTemplate } from '../policies/planTemplatePolicy';
import type { Services } from '../services';
import { templateContent } from './templateLibrary';
import { selectTemplateItems } from './templateSelection';

/**
 * The patient's coordinator applies one version of a template, minus the items
 * deselected in the preview. The plan writer stores both documents before this
 * resolves, so an acknowledged application is never lost.
 */
export async function applyPlanTemplate(services: Services, actor: Actor, patientId: string, input: ApplyPlanTemplateInput): Promise<AppliedPlanTemplate> {
  const { membership } = await requirePatientAccess(services, actor, patientId, { action: 'C', type: 'plan.template.apply' });
  if (!canApplyTemplate(membership)) {
    await services.audit.record({
      actor, role: membership.role, patientId, action: 'C', type: 'plan.template.apply', resourceType: 'CarePlan', outcome: 'denied', reason: 'only the care coordinator applies templates',
    });
    throw forbidden("Only the patient's care coordinator applies templates to the plan.");
  }
  const record = await services.store.planTemplates.find(input.templateId, input.version);
  if (!record) throw notFound('Template version');
  const content = templateContent(record);
  const now = services.clock.now();
  const write = selectTemplateItems(content, input.deselected, calendarDateIn(now, services.timeZone), randomUUID, {
    id: randomUUID(), templateId: record.id, version: record.version, title: content.title, appliedAt: now.toISOString(),
  });
  await services.planWriter.addTemplateItems(patientId, write, actor.userId);
  const entry = { actor, role: membership.role, patientId, action: 'C' as const, type: 'plan.template.apply', resourceType: 'CarePlan', outcome: 'success' as const };
  await services.audit.recordMany([
    ...(write.goals.length > 0 ? [{ ...entry, resourceId: planDocumentName(patientId, 'shared'), category: 'shared' }] : []),
    // The clinical plan always records which template version was applied.
    { ...entry, resourceId: planDocumentName(patientId, 'clinical'), category: 'clinical' },
  ]);
  return {
    templateId: record.id, version: record.version,
    needs: write.needs.map((n) => n.id), goals: write.goals.map((g) => g.id), interventions: write.interventions.map((i) => i.id),
  };
}
