import { z } from 'zod';
import { NEED_DOMAINS } from '../plan/planStructure';
import { IdSchema, InstantSchema } from './ids';

/**
 * Plan templates, shaped like a FHIR R4 `PlanDefinition`: needs play the part
 * of top-level actions (the condition they address), goals the part of
 * `PlanDefinition.goal` (with a target measure and due offset), interventions
 * the part of nested actions (with a timing offset). They are data, versioned:
 * editing a template stores a new version; earlier versions never change.
 */
const title = (what: string) => z.string().trim().min(1, `Enter the ${what}.`).max(200, `Keep the ${what} under 200 characters.`);
const days = (what: string) => z.number({ error: `Enter the ${what} as a number of days.` }).int(`Enter the ${what} as a whole number of days.`)
  .min(0, `The ${what} cannot be in the past.`).max(730, `Keep the ${what} within two years.`);
/** Ids of items inside one template (stable across versions, so edits keep them). */
const ItemIdSchema = IdSchema;

/** An intervention (task) a template adds, serving its goal. */
export const TemplateInterventionSchema = z.strictObject({
  /** Stable id within the template. */
  id: ItemIdSchema,
  /** What is done, e.g. "Teach daily weights and when to call". */
  title: title('intervention'),
  /** Due this many days after the template is applied; no due date when absent. */
  dueInDays: days('due date').optional(),
});
export type TemplateIntervention = z.infer<typeof TemplateInterventionSchema>;

/** A measurable goal a template adds. */
export const TemplateGoalSchema = z.strictObject({
  /** Stable id within the template. */
  id: ItemIdSchema,
  /** The goal in plain words (it joins the shared plan, which family may read). */
  title: title('goal'),
  /** What is measured and the value to reach, e.g. "Weight within 2 lb of dry weight". */
  targetValue: z.string().trim().max(200, 'Keep the target under 200 characters.').optional(),
  /** Target date, this many days after the template is applied. */
  targetInDays: days('target date').optional(),
  /** The interventions that serve the goal. */
  interventions: z.array(TemplateInterventionSchema).max(20, 'A goal can have at most 20 interventions.'),
}).refine((g) => Boolean(g.targetValue) || g.targetInDays !== undefined, { message: 'Give each goal a target or a target date, so that it can be measured.', path: ['targetValue'] });
export type TemplateGoal = z.infer<typeof TemplateGoalSchema>;

/** A need (problem) a template addresses. */
export const TemplateNeedSchema = z.strictObject({
  /** Stable id within the template. */
  id: ItemIdSchema,
  /** The problem, e.g. "Heart failure: risk of fluid overload". */
  title: title('need'),
  /** Which domain of need it is. */
  domain: z.enum(NEED_DOMAINS, { error: 'Choose the domain of the need.' }),
  /** Goals that address the need. */
  goals: z.array(TemplateGoalSchema).min(1, 'Give each need at least one goal.').max(20, 'A need can have at most 20 goals.'),
});
export type TemplateNeed = z.infer<typeof TemplateNeedSchema>;

/** A published source a template follows. */
export const TemplateSourceSchema = z.strictObject({
  /** The guideline or program, e.g. "2022 AHA/ACC/HFSA Heart Failure Guideline". */
  title: title('source title'),
  /** Where to read it. */
  url: z.url({ error: 'Enter the source as a web address (https://…).' }).max(500),
});

/** What an admin writes: everything but the id, version and authorship. */
export const PlanTemplateInputSchema = z.strictObject({
  /** Template name, e.g. "Heart failure". */
  title: title('template name'),
  /** When to use it. */
  description: z.string().trim().max(1000, 'Keep the description under 1,000 characters.'),
  /** The sources it follows (at least one). */
  sources: z.array(TemplateSourceSchema).min(1, 'Cite at least one source.').max(10),
  /** The needs it adds, each with goals and interventions. */
  needs: z.array(TemplateNeedSchema).min(1, 'Add at least one need.').max(20, 'A template can have at most 20 needs.'),
}).superRefine((t, ctx) => {
  const seen = new Set<string>();
  const ids = t.needs.flatMap((n) => [n.id, ...n.goals.flatMap((g) => [g.id, ...g.interventions.map((i) => i.id)])]);
  for (const id of ids) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'Every item of a template needs its own id.', path: ['needs'] });
    seen.add(id);
  }
});
export type PlanTemplateInput = z.infer<typeof PlanTemplateInputSchema>;

/** Body of `PUT /api/admin/plan-templates/:templateId`: a new version, based on the version the admin edited. */
export const UpdatePlanTemplateInputSchema = z.strictObject({
  /** The version the edit started from; a later version stored meanwhile is a conflict. */
  baseVersion: z.number().int().min(1),
  /** The new content. */
  template: PlanTemplateInputSchema,
});
export type UpdatePlanTemplateInput = z.infer<typeof UpdatePlanTemplateInputSchema>;

/** One version of a template. */
export const PlanTemplateSchema = z.object({
  /** Template id, the same for all its versions. */
  id: IdSchema,
  /** 1, 2, …: each edit stores the next. */
  version: z.number().int().min(1),
  /** When this version was stored. */
  createdAt: InstantSchema,
  /** Who stored it (null for templates that ship with CareHuddle). */
  createdBy: z.object({ userId: IdSchema, name: z.string() }).nullable(),
  /** The content. */
  template: PlanTemplateInputSchema,
});
export type PlanTemplate = z.infer<typeof PlanTemplateSchema>;

/** A template as listed: its latest version. */
export const PlanTemplateSummarySchema = z.object({
  id: IdSchema,
  version: z.number().int().min(1),
  title: z.string(),
  description: z.string(),
  createdAt: InstantSchema,
});
export type PlanTemplateSummary = z.infer<typeof PlanTemplateSummarySchema>;

/** Path parameters naming one template. */
export const PlanTemplateParamsSchema = z.strictObject({ templateId: IdSchema });
/** Query of `GET /api/plan-templates/:templateId`: a version (the latest when absent). */
export const PlanTemplateQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

/** Body of `POST /api/patients/:patientId/plan/templates`: apply one version, minus what the coordinator deselected. */
export const ApplyPlanTemplateInputSchema = z.strictObject({
  templateId: IdSchema,
  /** The version the preview showed. */
  version: z.number().int().min(1),
  /** Template item ids (needs, goals, interventions) not to add. */
  deselected: z.array(IdSchema).max(500),
});
export type ApplyPlanTemplateInput = z.infer<typeof ApplyPlanTemplateInputSchema>;

/** What applying wrote: plan item ids by section. */
export const AppliedPlanTemplateSchema = z.object({
  templateId: IdSchema,
  version: z.number().int().min(1),
  needs: z.array(IdSchema),
  goals: z.array(IdSchema),
  interventions: z.array(IdSchema),
});
export type AppliedPlanTemplate = z.infer<typeof AppliedPlanTemplateSchema>;
