import { useTranslation } from 'react-i18next';
import { filterLabels, type ThreadFilter } from './threadFilters';

/** The thread filters as one radio group: a single Tab stop, arrow keys choose. */
export function ThreadFilters({ topic, value, unread, onChange }: { topic: string; value: ThreadFilter; unread: number; onChange: (filter: ThreadFilter) => void }) {
  const { t } = useTranslation('notes');
  return (
    <fieldset className="thread-filters">
      <legend>{t('filters.legend')}{unread > 0 && <span className="muted"> · {t('filters.unread', { count: unread })}</span>}</legend>
      {filterLabels(t, topic).map((f) => (
        <label key={f.value} className={f.value === value ? 'chosen' : undefined}>
          <input type="radio" name="thread-filter" value={f.value} checked={f.value === value} onChange={() => onChange(f.value)} />
          {f.label}
        </label>
      ))}
    </fieldset>
  );
}
