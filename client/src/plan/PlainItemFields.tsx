import { PLAN_ITEM_FIELDS, type PlanSection } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useDates } from '../format/useDates';

/** The `plainFields` catalog entry: labels per section and field, and everyday words per stored option. */
interface PlainFieldWords {
  labels: Record<string, Record<string, string> | undefined>;
  values: Record<string, Record<string, string> | undefined>;
}

/**
 * An item's structured fields as the member and their family read them: only
 * the filled ones, as sentences-like pairs in everyday words ("Where this
 * stands: We are working on this"), never the team's option codes ("Status:
 * active") or empty form controls. Staff keep the form (`ItemFieldInput`).
 */
export function PlainItemFields({ section, item }: { section: PlanSection; item: Y.Map<unknown> }) {
  const { t } = useTranslation('plan');
  const dates = useDates();
  const words = t('plainFields', { returnObjects: true }) as PlainFieldWords;
  const shown = PLAN_ITEM_FIELDS[section].flatMap((field) => {
    const raw = item.get(field.key);
    if (typeof raw !== 'string' || raw.trim() === '') return [];
    // Older stored values (a goal "met") read as the option they now stand for, as in the team's form.
    const stored = field.aliases?.[raw] ?? raw;
    const value = field.kind === 'date' ? dates.day(stored)
      : field.kind === 'select' ? (words.values[field.key]?.[stored] ?? stored.replaceAll('_', ' '))
        : stored;
    return [{ key: field.key, label: words.labels[section]?.[field.key] ?? field.label, value }];
  });
  if (shown.length === 0) return null;
  return (
    <dl className="item-fields plain-fields">
      {shown.map((f) => (
        <div key={f.key} className="item-field">
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
