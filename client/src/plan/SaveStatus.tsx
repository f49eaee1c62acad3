import { useTranslation } from 'react-i18next';
import type { PlanDocument } from './usePlanDocument';

const LABELS = {
  saved: 'Saved',
  saving: 'Saving…',
  'not-saved': 'Not saved yet — the server cannot store edits right now; retrying',
  'offline-unsaved': 'Not saved — offline; your edits sync when you reconnect',
} as const;

/** "Saving…" until the server has stored every edit in this browser, then "Saved". */
export function SaveStatus({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('plan');
  return (
    <span className={`save-status ${plan.saveState}`} role="status" aria-live="polite" data-testid="save-status">
      {plan.access === 'read' ? t('readOnly') : LABELS[plan.saveState]}
    </span>
  );
}
