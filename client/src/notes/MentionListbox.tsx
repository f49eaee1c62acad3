import type { CareTeamMember } from '@carehuddle/shared';
import { RoleBadge } from '../components/RoleBadge';

/**
 * The suggestions of a mention combobox. Focus stays in the text area
 * (`aria-activedescendant` names the active option); a pointer picks on
 * mouse-down so the text area keeps focus and the caret.
 */
export function MentionListbox({ id, label, options, active, onPick }: {
  id: string;
  label: string;
  options: readonly CareTeamMember[];
  active: number;
  onPick: (member: CareTeamMember) => void;
}) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="mention-options" hidden={options.length === 0}>
      {options.map((m, i) => (
        <li key={m.userId} id={`${id}-${m.userId}`} role="option" aria-selected={i === active} className={i === active ? 'active' : undefined}
          onMouseDown={(e) => { e.preventDefault(); onPick(m); }}>
          {m.name}<RoleBadge role={m.role} />
        </li>
      ))}
    </ul>
  );
}
