/**
 * The clinical document's root map that remembers every template applied to
 * the plan: application id → a `Y.Map` with `templateId`, `version`, `title`,
 * `appliedBy` (user id) and `appliedAt`. Items written by an application carry
 * its id in `fromTemplate`. It lives in the clinical document so that the
 * shared one never names a clinical template (e.g. "Depression").
 */
export const APPLIED_TEMPLATES_MAP = 'appliedTemplates';
/** The item field naming the application that wrote it. */
export const FROM_TEMPLATE_KEY = 'fromTemplate';
