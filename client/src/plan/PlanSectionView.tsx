import { type CareTeamMember, type ItemAttribution, type PlanAudience, type PlanSection } from '@carehuddle/shared';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { useOfferUndo } from '../undo/UndoToasts';
import { PlanItem } from './PlanItem';
import { removeWithUndo } from './removeWithUndo';
import { usePlanWords } from './usePlanWords';
import { useYChanges } from './useYMap';

/** One section of a plan document: its items in creation order, and "add". */
export function PlanSectionView({ audience, section, title, doc, provider, user, team, editable, attribution, onFocus, plainWords = false }: {
  audience: PlanAudience;
  section: PlanSection;
  /** Overrides the section's usual heading. */
  title?: string | undefined;
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: { name: string; color: string };
  team: readonly CareTeamMember[];
  editable: boolean;
  attribution: Map<string, ItemAttribution>;
  onFocus: (section: string) => void;
  /** Item fields in everyday words (the member's and family's pages). */
  plainWords?: boolean;
}) {
  const { t } = useTranslation('plan');
  const words = usePlanWords();
  const sectionTitle = words.section(section);
  const items = doc.getMap<Y.Map<unknown>>(section);
  useYChanges(items);
  const offerUndo = useOfferUndo();
  const remove = (id: string, title: string) => {
    const { putBack, forget } = removeWithUndo(items, id);
    offerUndo(title ? t('removed', { title, section: sectionTitle }) : t('removedUntitled', { section: sectionTitle }), () => Promise.resolve(putBack()), forget);
  };
  const createdAt = (item: Y.Map<unknown>) => { const v = item.get('createdAt'); return typeof v === 'string' ? v : ''; };
  const entries = [...items.entries()].sort(([, a], [, b]) => createdAt(a).localeCompare(createdAt(b)));

  const add = () => {
    const item = new Y.Map<unknown>();
    item.set('title', '');
    item.set('createdAt', new Date().toISOString());
    item.set('notes', new Y.XmlFragment());
    items.set(crypto.randomUUID(), item);
    onFocus(section);
  };

  return (
    <section className="card plan-section" aria-labelledby={`section-${section}`} id={section}>
      <div className="section-head">
        <h2 id={`section-${section}`}>{title ?? sectionTitle}</h2>
        {editable && <button type="button" className="button small" onClick={add}>{t('add')}<span className="visually-hidden">{t('addTo', { section: sectionTitle })}</span></button>}
      </div>
      {entries.length === 0 && <p className="empty">{t('nothingYet')}</p>}
      <ul className="plan-items">
        {entries.map(([id, item]) => (
          <PlanItem key={id} audience={audience} section={section} id={id} item={item} provider={provider} user={user} team={team} editable={editable}
            attribution={attribution.get(`${section}/${id}`)} onFocus={() => onFocus(section)} plainWords={plainWords} onDelete={() => remove(id, (item.get('title') as string | undefined) ?? '')} />
        ))}
      </ul>
    </section>
  );
}
