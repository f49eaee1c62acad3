import { useTranslation } from 'react-i18next';
import type { PlanDocument } from './usePlanDocument';

/** "Saving…" until the server has stored every edit in this browser, then "Saved". */
export function SaveStatus({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('plan');
  return (
    <span className={`save-status ${plan.saveState}`} role="status" aria-live="polite" data-testid="save-status">
      {plan.access === 'read' ? t('readOnly') : t(`save.${plan.saveState}`)}
    </span>
  );
}
