import {
  AppliedPlanTemplateSchema, ApplyPlanTemplateInputSchema, PatientParamsSchema, PlanTemplateInputSchema, PlanTemplateParamsSchema,
  PlanTemplateQuerySchema, PlanTemplateSchema, PlanTemplateSummarySchema, UpdatePlanTemplateInputSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import { applyPlanTemplate } from '../../domain/planTemplates/applyPlanTemplate';
import { createTemplate, listTemplates, readTemplate, updateTemplate } from '../../domain/planTemplates/templateLibrary';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The plan template library (staff read, admins write) and applying a template to a patient's plan. */
export function planTemplateRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/plan-templates', tag: 'plan templates', auth: 'session',
      summary: 'The latest version of every plan template (staff only).',
      response: z.object({ templates: z.array(PlanTemplateSummarySchema) }),
      async handle({ actor }) {
        return { templates: await listTemplates(services, actor) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/plan-templates/:templateId', tag: 'plan templates', auth: 'session',
      summary: 'One version of a template with its needs, goals and interventions (the latest unless `version` is given).',
      params: PlanTemplateParamsSchema, query: PlanTemplateQuerySchema, response: PlanTemplateSchema,
      handle: ({ actor, params, query }) => readTemplate(services, actor, params.templateId, query.version),
    }),
    defineRoute({
      method: 'post', path: '/api/admin/plan-templates', tag: 'plan templates', auth: 'session', status: 201,
      summary: 'Add a template (organization admins only).',
      body: PlanTemplateInputSchema, response: PlanTemplateSchema,
      handle: ({ actor, body }) => createTemplate(services, actor, body),
    }),
    defineRoute({
      method: 'put', path: '/api/admin/plan-templates/:templateId', tag: 'plan templates', auth: 'session',
      summary: 'Edit a template: stores its next version (organization admins only); 409 when the edited version is no longer the latest.',
      params: PlanTemplateParamsSchema, body: UpdatePlanTemplateInputSchema, response: PlanTemplateSchema,
      handle: ({ actor, params, body }) => updateTemplate(services, actor, params.templateId, body),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/plan/templates', tag: 'care plan', auth: 'session', status: 201,
      summary: "Apply a template version to the live plan, minus deselected items (the patient's care coordinator only).",
      params: PatientParamsSchema, body: ApplyPlanTemplateInputSchema, response: AppliedPlanTemplateSchema,
      handle: ({ actor, params, body }) => applyPlanTemplate(services, actor, params.patientId, body),
    }),
  ];
}
