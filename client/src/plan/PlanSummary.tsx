import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { RichTextField } from './RichTextField';
import { useYChanges } from './useYMap';

/** The shared plan's summary; readers see it only once someone has written one (an empty box tells them nothing). */
export function PlanSummary({ fragment, provider, user, editable, onFocus }: {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  user: { name: string; color: string };
  editable: boolean;
  onFocus: () => void;
}) {
  const { t } = useTranslation('plan');
  useYChanges(fragment);
  if (!editable && fragment.length === 0) return null;
  return (
    <section className="card plan-section" aria-labelledby="summary-title" id="summary">
      <h2 id="summary-title">{t('summary')}</h2>
      <RichTextField fragment={fragment} provider={provider} user={user} editable={editable} label={t('summary')} onFocus={onFocus} />
    </section>
  );
}
