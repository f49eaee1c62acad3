import { PLAN_SECTION_TITLES, type PlanSection } from '@carehuddle/shared';
import { RoleBadge } from '../components/RoleBadge';
import type { Present } from './usePresence';

const where = (section: string): string => (section === 'summary' ? 'Plan summary' : section === 'screening' ? 'Screening' : PLAN_SECTION_TITLES[section as PlanSection] ?? section);

/** Avatars of everyone in the plan now, with role, section and idle status. */
export function PresenceBar({ people, label = 'People in this plan now' }: { people: Present[]; label?: string }) {
  return (
    <ul className="presence" aria-label={label}>
      {people.map((p) => (
        <li key={p.clientId} className={p.idle ? 'idle' : undefined} title={`${p.name}${p.isMe ? ' (you)' : ''}`}>
          <span className="avatar" style={{ backgroundColor: p.color }} aria-hidden="true">{p.name.slice(0, 1)}</span>
          <span className="presence-text">
            <strong>{p.name}{p.isMe ? ' (you)' : ''}<RoleBadge role={p.role} /></strong>
            <span>{p.section ? where(p.section) : ''}{p.idle ? `${p.section ? ' · ' : ''}idle` : ''}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
