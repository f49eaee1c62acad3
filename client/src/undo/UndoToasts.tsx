import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How long an undo offer stays on screen, unless the pointer or focus is on it. */
export const UNDO_SHOWN_MS = 8_000;

interface Offer {
  id: number;
  /** What was just done, as a sentence ("Task completed: Call the pharmacy."). */
  message: string;
  undo: () => Promise<void>;
  /** Lets go of what the undo held on to, once the offer is gone unused. */
  forget?: () => void;
  state: 'offered' | 'undoing' | 'undone' | 'failed';
  error?: string;
}

type OfferUndo = (message: string, undo: () => Promise<void>, forget?: () => void) => void;
const UndoContext = createContext<OfferUndo>(() => undefined);

/** Offers "Undo" for something just done (a removed plan item, a closed task, a retracted note). */
export function useOfferUndo(): OfferUndo {
  return useContext(UndoContext);
}


/** One offer: it stays while hovered or focused, so nobody loses the button they are about to press. */
function UndoToast({ offer, onUndo, onDismiss }: { offer: Offer; onUndo: () => void; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  const status = offer.state === 'offered' ? '' : t(`undo.${offer.state}`);
  useEffect(() => {
    if (held || offer.state === 'undoing') return undefined;
    const timer = window.setTimeout(() => onDismiss(offer.id), offer.state === 'offered' ? UNDO_SHOWN_MS : UNDO_SHOWN_MS / 2);
    return () => window.clearTimeout(timer);
  }, [held, offer.id, offer.state, onDismiss]);
  return (
    <div className="toast" onPointerEnter={() => setHeld(true)} onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)} onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false); }}>
      <span>{offer.message} {status}{offer.error ? ` ${offer.error}` : ''}</span>
      {offer.state === 'offered' && <button type="button" className="link" onClick={onUndo}>{t('undo.undo')}<span className="visually-hidden">{t('undo.what', { what: offer.message })}</span></button>}
      <button type="button" className="link" onClick={() => onDismiss(offer.id)}>{t('undo.dismiss')}<span className="visually-hidden">{t('undo.what', { what: offer.message })}</span></button>
    </div>
  );
}

/** Holds the undo offers of the signed-in app and shows them in one polite live region. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [offers, setOffers] = useState<Offer[]>([]);
  const patch = useCallback((id: number, change: Partial<Offer>) => setOffers((list) => list.map((o) => (o.id === id ? { ...o, ...change } : o))), []);
  const offer = useCallback<OfferUndo>((message, undo, forget) => {
    setOffers((list) => [...list, { id: Date.now() + Math.random(), message, undo, state: 'offered', ...(forget ? { forget } : {}) }]);
  }, []);
  const run = (o: Offer) => {
    patch(o.id, { state: 'undoing' });
    o.undo().then(
      () => patch(o.id, { state: 'undone' }),
      // Our API and socket errors carry a sentence for the person.
      (e: unknown) => patch(o.id, { state: 'failed', error: e instanceof Error ? e.message : t('undo.tryAgain') }),
    );
  };
  const dismiss = useCallback((id: number) => setOffers((list) => {
    const gone = list.find((o) => o.id === id);
    if (gone?.state === 'offered') gone.forget?.();
    return list.filter((o) => o.id !== id);
  }), []);
  return (
    <UndoContext.Provider value={offer}>
      {children}
      <div className="toasts undo-toasts" role="status" aria-live="polite" aria-label={t('undo.region')}>
        {offers.map((o) => <UndoToast key={o.id} offer={o} onUndo={() => run(o)} onDismiss={dismiss} />)}
      </div>
    </UndoContext.Provider>
  );
}
