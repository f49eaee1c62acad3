import type { AppliedPlanTemplate, ApplyPlanTemplateInput, PlanTemplate, PlanTemplateInput, PlanTemplateSummary } from '@carehuddle/shared';
import { api } from './http';

/** Typed calls for the plan template library. */
export const templateEndpoints = {
  list: () => api<{ templates: PlanTemplateSummary[] }>('GET', '/api/plan-templates'),
  read: (templateId: string, version?: number) =>
    api<PlanTemplate>('GET', `/api/plan-templates/${encodeURIComponent(templateId)}${version ? `?version=${version}` : ''}`),
  create: (template: PlanTemplateInput) => api<PlanTemplate>('POST', '/api/admin/plan-templates', template),
  update: (templateId: string, baseVersion: number, template: PlanTemplateInput) =>
    api<PlanTemplate>('PUT', `/api/admin/plan-templates/${encodeURIComponent(templateId)}`, { baseVersion, template }),
  apply: (patientId: string, input: ApplyPlanTemplateInput) =>
    api<AppliedPlanTemplate>('POST', `/api/patients/${encodeURIComponent(patientId)}/plan/templates`, input),
};
