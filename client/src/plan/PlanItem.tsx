import { PLAN_ITEM_FIELDS, type CareTeamMember, type ItemAttribution, type PlanAudience, type PlanSection } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { threadsAbout, useDiscussion } from '../notes/DiscussionContext';
import { RoleBadge } from '../components/RoleBadge';
import { ItemFieldInput } from './ItemFieldInput';
import { PlainItemFields } from './PlainItemFields';
import { RichTextField } from './RichTextField';
import { useYChanges } from './useYMap';
import { AttachmentPanel } from '../attachments/AttachmentPanel';
import { useDates } from '../format/useDates';

/** One item of a section: title, the section's structured fields, notes as rich text, and who changed it last. */
export function PlanItem({ audience, section, id, item, provider, user, editable, team, attribution, onFocus, onDelete, plainWords = false }: {
  audience: PlanAudience;
  section: PlanSection;
  team: readonly CareTeamMember[];
  id: string;
  item: Y.Map<unknown>;
  provider: WebsocketProvider;
  user: { name: string; color: string };
  editable: boolean;
  attribution: ItemAttribution | undefined;
  onFocus: () => void;
  onDelete: () => void;
  /** Fields in everyday words instead of the team's form (the member's and family's pages). */
  plainWords?: boolean;
}) {
  const { t } = useTranslation('plan');
  const dates = useDates();
  useYChanges(item);
  const title = (item.get('title') as string | undefined) ?? '';
  const shownTitle = title || t('item.untitled');
  const notes = item.get('notes');
  const discussion = useDiscussion();
  const about = discussion ? threadsAbout(discussion.notes, id) : null;
  return (
    <li className="plan-item" data-item-id={id}>
      <div className="plan-item-row">
        {editable ? (
          <>
            <label className="visually-hidden" htmlFor={`title-${id}`}>{t('item.title')}</label>
            <input id={`title-${id}`} className="plan-item-title" value={title} onFocus={onFocus}
              onChange={(e) => item.set('title', e.target.value)} placeholder={t('item.title')} />
          </>
        ) : (
          // Readers get the title as text: it wraps on a phone, where a disabled input would cut it off.
          <h3 className="plan-item-title read-only">{shownTitle}</h3>
        )}
        {discussion && about && (
          <button type="button" className={`button secondary small${about.unread ? ' has-unread' : ''}`}
            onClick={() => discussion.open({ kind: 'planItem', audience, section, itemId: id }, shownTitle)}>
            {t('item.discuss', { count: about.count })}<span className="visually-hidden">{t('item.discussWhat', { title })}</span>
          </button>
        )}
        {editable && <button type="button" className="button secondary small" onClick={onDelete}>{t('item.remove')}<span className="visually-hidden">{t('item.removeWhat', { title })}</span></button>}
      </div>
      {plainWords && <PlainItemFields section={section} item={item} />}
      {!plainWords && PLAN_ITEM_FIELDS[section].length > 0 && (
        <div className="item-fields">
          {PLAN_ITEM_FIELDS[section].map((f) => (
            <ItemFieldInput key={f.key} itemId={id} field={f} item={item} editable={editable} team={team} onFocus={onFocus} />
          ))}
        </div>
      )}
      {notes instanceof Y.XmlFragment && (
        <>
        <p className="item-notes-label" aria-hidden="true">{section === 'goals' ? t('item.ownWords') : t('item.notes')}</p>
        <RichTextField fragment={notes} provider={provider} user={user} editable={editable} label={t('item.notesFor', { title: shownTitle })} onFocus={onFocus} />
        </>
      )}
      <AttachmentPanel target={{ kind: 'planItem', audience, section, itemId: id }} label={shownTitle} canAdd={editable} />
      {attribution && (
        <p className="muted attribution">
          {t('item.lastChangedBy', { name: attribution.name })}<RoleBadge role={attribution.role} />{t('item.lastChangedWhen', { when: dates.dateTime(attribution.at) })}
        </p>
      )}
    </li>
  );
}
