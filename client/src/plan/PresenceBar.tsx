import { CARE_TEAM_ROLE_LABELS, PLAN_SECTION_TITLES, type CareTeamRole, type PlanSection } from '@carehuddle/shared';
import type { Present } from './usePresence';

const where = (section: string): string => (section === 'summary' ? 'Plan summary' : PLAN_SECTION_TITLES[section as PlanSection] ?? section);

/** Avatars of everyone in the plan now, with role, section and idle status. */
export function PresenceBar({ people }: { people: Present[] }) {
  return (
    <ul className="presence" aria-label="People in this plan now">
      {people.map((p) => (
        <li key={p.clientId} className={p.idle ? 'idle' : undefined} title={`${p.name}${p.isMe ? ' (you)' : ''}`}>
          <span className="avatar" style={{ backgroundColor: p.color }} aria-hidden="true">{p.name.slice(0, 1)}</span>
          <span className="presence-text">
            <strong>{p.name}{p.isMe ? ' (you)' : ''}</strong>
            <span>{CARE_TEAM_ROLE_LABELS[p.role as CareTeamRole] ?? 'Care team'}{p.section ? ` · ${where(p.section)}` : ''}{p.idle ? ' · idle' : ''}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
