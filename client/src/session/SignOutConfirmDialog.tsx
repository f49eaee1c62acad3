import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OutboxKind } from '../outbox/outboxStore';

/** "1 note and 2 actions": what waits in the outbox, counted by kind, as a list in the reader's language. */
function whatWaits(t: TFunction, language: string, unsent: Record<OutboxKind, number>): string {
  const parts = [
    unsent.note > 0 ? t('session.unsentNotes', { count: unsent.note }) : null,
    unsent.action > 0 ? t('session.unsentActions', { count: unsent.action }) : null,
  ].filter((p): p is string => p !== null);
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}

/** Sign-out with notes or actions not sent yet: they would be deleted from this device, so the person chooses. */
export function SignOutConfirmDialog({ unsent, onStay, onDiscard }: { unsent: Record<OutboxKind, number>; onStay: () => void; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby="signout-unsent-title" aria-describedby="signout-unsent-text">
        <h2 id="signout-unsent-title">{t('session.unsentTitle')}</h2>
        <p id="signout-unsent-text">{t('session.unsentText', { count: unsent.note + unsent.action, what: whatWaits(t, i18n.resolvedLanguage ?? 'en', unsent) })}</p>
        <div className="dialog-actions">
          <button ref={stay} type="button" className="button" onClick={onStay}>{t('session.stay')}</button>
          <button type="button" className="button secondary" onClick={onDiscard}>{t('session.discardAndSignOut')}</button>
        </div>
      </div>
    </div>
  );
}
