import { AUTHOR_ROLE_LABELS, AuthorRoleSchema, isFamilyRole } from '@carehuddle/shared';

/**
 * The role the server stamped for a person, shown beside their name wherever
 * they appear as an author, so a family member can never pass for staff by name;
 * the family side has its own colour.
 */
export function RoleBadge({ role }: { role: string }) {
  const parsed = AuthorRoleSchema.safeParse(role);
  const known = parsed.success ? parsed.data : null;
  const label = known ? AUTHOR_ROLE_LABELS[known] : 'Unknown role';
  return <span className={`role-badge${known === null || isFamilyRole(known) ? ' family' : ''}`}>{label}</span>;
}
