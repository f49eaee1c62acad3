import { PlanTemplateInputSchema, type PlanTemplate, type PlanTemplateInput, type PlanTemplateSummary, type UpdatePlanTemplateInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, type PlanTemplateRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, forbidden, notFound } from '../errors';
import { canManageTemplates, canReadTemplates } from '../policies/planTemplatePolicy';
import type { Services } from '../services';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';

/** Stores version 1 of each shipped template that the store does not have yet (an admin's later versions stay). */
export async function installBuiltInTemplates(services: Services): Promise<void> {
  for (const { id, template } of BUILT_IN_TEMPLATES) {
    if (await services.store.planTemplates.find(id, 1)) continue;
    try {
      await services.store.planTemplates.insertVersion({
        id, version: 1, title: template.title, data: JSON.stringify(template), createdBy: null, createdAt: services.clock.now().toISOString(),
      });
    } catch (error) {
      // Another node installed it at the same moment.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
}

/** A stored version's content; stored content was validated on the way in. */
export function templateContent(record: PlanTemplateRecord): PlanTemplateInput {
  return PlanTemplateInputSchema.parse(JSON.parse(record.data));
}

async function present(services: Services, record: PlanTemplateRecord): Promise<PlanTemplate> {
  const author = record.createdBy ? await services.store.users.findById(record.createdBy) : null;
  return {
    id: record.id, version: record.version, createdAt: record.createdAt, template: templateContent(record),
    createdBy: record.createdBy ? { userId: record.createdBy, name: author?.name ?? 'Former member' } : null,
  };
}

function requireReader(actor: Actor): void {
  if (!canReadTemplates(actor)) throw forbidden('The template library is for staff.');
}

async function requireManager(services: Services, actor: Actor, type: string, templateId: string | null): Promise<void> {
  if (canManageTemplates(actor)) return;
  await services.audit.record({ actor, action: type === 'template.create' ? 'C' : 'U', type, resourceType: 'PlanDefinition', resourceId: templateId, outcome: 'denied', reason: 'only admins manage templates' });
  throw forbidden('Only organization admins add and edit templates.');
}

/** The latest version of every template. */
export async function listTemplates(services: Services, actor: Actor): Promise<PlanTemplateSummary[]> {
  requireReader(actor);
  return (await services.store.planTemplates.listLatest()).map((r) => {
    const content = templateContent(r);
    return { id: r.id, version: r.version, title: content.title, description: content.description, createdAt: r.createdAt };
  });
}

/** One version of a template (the latest when none is named). */
export async function readTemplate(services: Services, actor: Actor, templateId: string, version?: number): Promise<PlanTemplate> {
  requireReader(actor);
  const record = await services.store.planTemplates.find(templateId, version);
  if (!record) throw notFound('Template');
  return present(services, record);
}

async function storeVersion(services: Services, actor: Actor, id: string, version: number, input: PlanTemplateInput, type: 'template.create' | 'template.update'): Promise<PlanTemplate> {
  const record: PlanTemplateRecord = { id, version, title: input.title, data: JSON.stringify(input), createdBy: actor.userId, createdAt: services.clock.now().toISOString() };
  try {
    await services.store.planTemplates.insertVersion(record);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw conflict('Someone saved this template while you were editing it. Open it again to see their version.');
    throw error;
  }
  await services.audit.record({ actor, action: type === 'template.create' ? 'C' : 'U', type, resourceType: 'PlanDefinition', resourceId: `${id}@${version}`, outcome: 'success' });
  return present(services, record);
}

/** Adds a template (organization admins). */
export async function createTemplate(services: Services, actor: Actor, input: PlanTemplateInput): Promise<PlanTemplate> {
  await requireManager(services, actor, 'template.create', null);
  return storeVersion(services, actor, randomUUID(), 1, input, 'template.create');
}

/** Edits a template by storing its next version; plans built from earlier versions keep naming theirs. */
export async function updateTemplate(services: Services, actor: Actor, templateId: string, input: UpdatePlanTemplateInput): Promise<PlanTemplate> {
  await requireManager(services, actor, 'template.update', templateId);
  const latest = await services.store.planTemplates.find(templateId);
  if (!latest) throw notFound('Template');
  if (latest.version !== input.baseVersion) throw conflict('Someone saved this template while you were editing it. Open it again to see their version.');
  return storeVersion(services, actor, templateId, latest.version + 1, input.template, 'template.update');
}
