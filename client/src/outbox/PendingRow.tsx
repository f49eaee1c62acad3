import { useTranslation } from 'react-i18next';
import type { OutboxState } from './outboxQueue';

/**
 * Something the server has not stored yet (a note, a task action, a tracking step):
 * what it is, why it waits, and retry or discard. `thing` names it for screen
 * readers ("this note", "Complete: Call the pharmacy").
 */
export function PendingRow({ what, thing, state, error, onRetry, onDiscard }: {
  what: string; thing: string; state: OutboxState; error?: string | undefined; onRetry: () => void; onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`pending-note ${state}`}>
      <p dir="auto">{what}</p>
      <p className="muted">
        {t(`pending.${state}`)}{error ? ` ${error}` : ''}
        {state !== 'sending' && (
          <>
            {' '}<button type="button" className="link" onClick={onRetry}>{t('pending.retry')}<span className="visually-hidden">{t('pending.retryWhat', { thing })}</span></button>
            {' '}<button type="button" className="link" onClick={onDiscard}>{t('pending.discard')}<span className="visually-hidden">{t('pending.discardWhat', { thing })}</span></button>
          </>
        )}
      </p>
    </div>
  );
}
