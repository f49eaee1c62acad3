import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../components/RoleBadge';
import type { Present } from './usePresence';
import { usePlanWords } from './usePlanWords';

/** Avatars of everyone in the plan now, with role, section and idle status. */
export function PresenceBar({ people, label }: { people: Present[]; label?: string }) {
  const { t } = useTranslation('plan');
  const words = usePlanWords();
  const nameOf = (p: Present) => (p.isMe ? t('presence.you', { name: p.name }) : p.name);
  const where = (p: Present) => [p.section ? words.place(p.section) : '', p.idle ? t('presence.idle') : ''].filter(Boolean).join(' · ');
  return (
    <ul className="presence" aria-label={label ?? t('presence.label')}>
      {people.map((p) => (
        <li key={p.clientId} className={p.idle ? 'idle' : undefined} title={nameOf(p)}>
          <span className="avatar" style={{ backgroundColor: p.color }} aria-hidden="true">{p.name.slice(0, 1)}</span>
          <span className="presence-text">
            <strong>{nameOf(p)}<RoleBadge role={p.role} /></strong>
            <span>{where(p)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
