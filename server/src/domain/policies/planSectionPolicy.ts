import { CareTeamRoleSchema, sectionWriteLimit, type PlanAudience } from '@carehuddle/shared';

/**
 * The sections a role may write in a plan document it has write access to, or
 * null when it may write all of them (shared/src/plan/sectionWriteLimits.ts).
 * The collaboration connection enforces it on every update. A role the
 * schema does not know may write no section at all (fail closed).
 */
export function planSectionWriteLimit(role: string, audience: PlanAudience): ReadonlySet<string> | null {
  const known = CareTeamRoleSchema.safeParse(role);
  if (!known.success) return new Set();
  const limit = sectionWriteLimit(known.data, audience);
  return limit ? new Set(limit) : null;
}

/** Whether a role may write one section of a document (given write access to the document). */
export function canWritePlanSection(role: string, audience: PlanAudience, section: string): boolean {
  return planSectionWriteLimit(role, audience)?.has(section) ?? true;
}
