import { GOAL_STATUSES, TASK_STATUSES, type ItemAttribution } from '@carehuddle/shared';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { RichTextField } from './RichTextField';
import { useYChanges } from './useYMap';

const STATUSES: Record<string, readonly string[]> = { goals: GOAL_STATUSES, interventions: TASK_STATUSES };

/** One item of a section: title, status where it has one, notes as rich text, and who changed it last. */
export function PlanItem({ section, id, item, provider, user, editable, attribution, onFocus, onDelete }: {
  section: string;
  id: string;
  item: Y.Map<unknown>;
  provider: WebsocketProvider;
  user: { name: string; color: string };
  editable: boolean;
  attribution: ItemAttribution | undefined;
  onFocus: () => void;
  onDelete: () => void;
}) {
  useYChanges(item);
  const title = (item.get('title') as string | undefined) ?? '';
  const notes = item.get('notes');
  const statuses = STATUSES[section];
  return (
    <li className="plan-item" data-item-id={id}>
      <div className="plan-item-row">
        <label className="visually-hidden" htmlFor={`title-${id}`}>Title</label>
        <input id={`title-${id}`} className="plan-item-title" value={title} disabled={!editable} onFocus={onFocus}
          onChange={(e) => item.set('title', e.target.value)} placeholder="Title" />
        {statuses && (
          <>
            <label className="visually-hidden" htmlFor={`status-${id}`}>Status</label>
            <select id={`status-${id}`} value={(item.get('status') as string | undefined) ?? statuses[0]} disabled={!editable}
              onChange={(e) => item.set('status', e.target.value)}>
              {statuses.map((s) => <option key={s} value={s}>{s.replace('_', ' ')}</option>)}
            </select>
          </>
        )}
        {editable && <button type="button" className="button secondary small" onClick={onDelete}>Remove<span className="visually-hidden"> {title}</span></button>}
      </div>
      {notes instanceof Y.XmlFragment && (
        <RichTextField fragment={notes} provider={provider} user={user} editable={editable} label={`Notes for ${title || 'item'}`} onFocus={onFocus} />
      )}
      {attribution && <p className="muted attribution">Last changed by {attribution.name}, {new Date(attribution.at).toLocaleString()}</p>}
    </li>
  );
}
