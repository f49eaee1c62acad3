import { AuthorRoleSchema, isFamilyRole } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';

/**
 * The role the server stamped for a person, shown beside their name wherever
 * they appear as an author, so a family member can never pass for staff by name;
 * the family side has its own colour.
 */
export function RoleBadge({ role }: { role: string }) {
  const { t } = useTranslation();
  const parsed = AuthorRoleSchema.safeParse(role);
  const known = parsed.success ? parsed.data : null;
  const label = t(`roles.${known ?? 'unknown'}`);
  return <span className={`role-badge${known === null || isFamilyRole(known) ? ' family' : ''}`}>{label}</span>;
}
