import type { PlanAudience } from '../realtime/documents';

/**
 * The sections of each plan document. Each section is a root `Y.Map` of items
 * keyed by stable ids; an item is a `Y.Map` of fields, and narrative fields
 * (a goal's description, notes) are `Y.XmlFragment`s edited with Tiptap.
 * Structured items let people edit different things at once without conflict.
 */
export const PLAN_SECTIONS = {
  shared: ['goals', 'whatMatters', 'preferences', 'advanceDirectives', 'riskSummary'],
  clinical: ['needs', 'interventions', 'medications', 'referrals', 'testResults', 'transitions'],
  sensitive: ['behavioralHealth'],
  substanceUse: ['substanceUse'],
} as const satisfies Record<PlanAudience, readonly string[]>;

/** A section name of one audience's document. */
export type PlanSection<A extends PlanAudience = PlanAudience> = (typeof PLAN_SECTIONS)[A][number];

/** Display titles of the sections. */
export const PLAN_SECTION_TITLES: Record<PlanSection, string> = {
  goals: "The person's goals",
  whatMatters: 'What matters most',
  preferences: 'Care preferences',
  advanceDirectives: 'Advance directives',
  riskSummary: 'Risk level and screening summary',
  needs: 'Needs and problems',
  interventions: 'Interventions and tasks',
  medications: 'Medications',
  referrals: 'Referrals and test results',
  testResults: 'Test results',
  transitions: 'Transitions of care',
  behavioralHealth: 'Behavioral health',
  substanceUse: 'Substance use',
};

/** Goal statuses. */
export const GOAL_STATUSES = ['proposed', 'active', 'achieved', 'not_achieved', 'cancelled'] as const;
/**
 * Goal statuses written before goals became measurable, and what they mean now.
 * Stored plans keep the old value until someone edits the goal; every reader maps it.
 */
export const LEGACY_GOAL_STATUSES: Readonly<Record<string, (typeof GOAL_STATUSES)[number]>> = { met: 'achieved', not_met: 'not_achieved' };
/** Intervention (task) statuses. */
export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
/** Need / problem domains. */
export const NEED_DOMAINS = ['medical', 'behavioral_health', 'social', 'long_term_services'] as const;
