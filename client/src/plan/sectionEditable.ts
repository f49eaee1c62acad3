import { CareTeamRoleSchema, sectionWriteLimit, type PlanAudience } from '@carehuddle/shared';

/**
 * Whether this user may edit one section of a document they may write. Mirrors
 * the server's section limits (a pharmacist writes only medications and tasks
 * in the clinical plan), so the other sections show read-only rather than
 * taking an edit the server would refuse.
 */
export function sectionEditable(documentWritable: boolean, role: string, audience: PlanAudience, section: string): boolean {
  if (!documentWritable) return false;
  const known = CareTeamRoleSchema.safeParse(role);
  if (!known.success) return false;
  return sectionWriteLimit(known.data, audience)?.includes(section) ?? true;
}
