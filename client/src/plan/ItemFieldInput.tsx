import type { CareTeamMember, PlanItemField } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { usePlanWords } from './usePlanWords';

/** One structured field of a plan item, bound to its Y.Map entry. */
export function ItemFieldInput({ itemId, field, item, editable, team, onFocus }: {
  itemId: string;
  field: PlanItemField;
  item: Y.Map<unknown>;
  editable: boolean;
  team: readonly CareTeamMember[];
  onFocus: () => void;
}) {
  const { t } = useTranslation('plan');
  const words = usePlanWords();
  const id = `${field.key}-${itemId}`;
  const raw = item.get(field.key);
  const stored = typeof raw === 'string' ? raw : '';
  // Older stored values (a goal "met") show as the option they now stand for; the next edit saves that option.
  const value = field.aliases?.[stored] ?? stored;
  const set = (next: string) => item.set(field.key, next);
  const common = { id, disabled: !editable, onFocus, value };
  let input;
  switch (field.kind) {
    case 'select':
      input = (
        <select {...common} onChange={(e) => set(e.target.value)}>
          <option value="">—</option>
          {field.options?.map((o) => <option key={o} value={o}>{words.option(o)}</option>)}
        </select>
      );
      break;
    case 'member':
      input = (
        <select {...common} onChange={(e) => set(e.target.value)}>
          <option value="">{t('item.unassigned')}</option>
          {team.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
        </select>
      );
      break;
    case 'date':
      input = <input type="date" {...common} onChange={(e) => set(e.target.value)} />;
      break;
    case 'text':
      input = <input type="text" {...common} onChange={(e) => set(e.target.value)} />;
      break;
  }
  return (
    <div className="item-field">
      <label htmlFor={id}>{words.field(field)}</label>
      {input}
    </div>
  );
}
