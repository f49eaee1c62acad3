import { PLAN_ITEM_FIELDS, type CareTeamMember, type ItemAttribution, type PlanAudience, type PlanSection } from '@carehuddle/shared';
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
  const dates = useDates();
  useYChanges(item);
  const title = (item.get('title') as string | undefined) ?? '';
  const notes = item.get('notes');
  const discussion = useDiscussion();
  const about = discussion ? threadsAbout(discussion.notes, id) : null;
  return (
    <li className="plan-item" data-item-id={id}>
      <div className="plan-item-row">
        {editable ? (
          <>
            <label className="visually-hidden" htmlFor={`title-${id}`}>Title</label>
            <input id={`title-${id}`} className="plan-item-title" value={title} onFocus={onFocus}
              onChange={(e) => item.set('title', e.target.value)} placeholder="Title" />
          </>
        ) : (
          // Readers get the title as text: it wraps on a phone, where a disabled input would cut it off.
          <h3 className="plan-item-title read-only">{title || 'Untitled item'}</h3>
        )}
        {discussion && about && (
          <button type="button" className={`button secondary small${about.unread ? ' has-unread' : ''}`}
            onClick={() => discussion.open({ kind: 'planItem', audience, section, itemId: id }, title || 'Untitled item')}>
            Discuss{about.count > 0 ? ` (${about.count})` : ''}<span className="visually-hidden"> {title}</span>
          </button>
        )}
        {editable && <button type="button" className="button secondary small" onClick={onDelete}>Remove<span className="visually-hidden"> {title}</span></button>}
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
        <p className="item-notes-label" aria-hidden="true">{section === 'goals' ? "In the person's own words" : 'Notes'}</p>
        <RichTextField fragment={notes} provider={provider} user={user} editable={editable} label={`Notes for ${title || 'item'}`} onFocus={onFocus} />
        </>
      )}
      <AttachmentPanel target={{ kind: 'planItem', audience, section, itemId: id }} label={title || 'Untitled item'} canAdd={editable} />
      {attribution && <p className="muted attribution">Last changed by {attribution.name}<RoleBadge role={attribution.role} />, {dates.dateTime(attribution.at)}</p>}
    </li>
  );
}
