import { NEED_DOMAINS, type TemplateGoal, type TemplateNeed } from '@carehuddle/shared';
import type { ApiRequestError } from '../api/http';
import { blankGoal, blankIntervention, daysFrom, removeAt, replaceAt } from './templateDraft';
import { TemplateField } from './TemplateField';

const words = (value: string) => value.replaceAll('_', ' ');

/** One goal of a need, with its interventions. */
function GoalEditor({ goal, path, onChange, onRemove, error }: { goal: TemplateGoal; path: string; onChange: (g: TemplateGoal) => void; onRemove: () => void; error: ApiRequestError | null }) {
  const id = (key: string) => `tpl-${goal.id}-${key}`;
  return (
    <fieldset className="template-goal">
      <legend>Goal</legend>
      <TemplateField id={id('title')} label="Goal, in the person's words" value={goal.title} path={`${path}.title`} error={error} onChange={(title) => onChange({ ...goal, title })} />
      <div className="form-row">
        <TemplateField id={id('target')} label="Target (what is measured)" value={goal.targetValue ?? ''} path={`${path}.targetValue`} error={error}
          onChange={(v) => onChange({ ...goal, targetValue: v || undefined })} />
        <TemplateField id={id('days')} label="Target date (days after applying)" type="number" value={goal.targetInDays?.toString() ?? ''} path={`${path}.targetInDays`} error={error}
          onChange={(v) => onChange({ ...goal, targetInDays: daysFrom(v) })} />
      </div>
      {goal.interventions.map((i, n) => (
        <div className="form-row template-intervention" key={i.id}>
          <TemplateField id={`tpl-${i.id}-title`} label="Intervention" value={i.title} path={`${path}.interventions.${n}.title`} error={error}
            onChange={(title) => onChange({ ...goal, interventions: replaceAt(goal.interventions, n, { ...i, title }) })} />
          <TemplateField id={`tpl-${i.id}-due`} label="Due (days after applying)" type="number" value={i.dueInDays?.toString() ?? ''} path={`${path}.interventions.${n}.dueInDays`} error={error}
            onChange={(v) => onChange({ ...goal, interventions: replaceAt(goal.interventions, n, { ...i, dueInDays: daysFrom(v) }) })} />
          <button type="button" className="button secondary small" onClick={() => onChange({ ...goal, interventions: removeAt(goal.interventions, n) })}>
            Remove<span className="visually-hidden"> intervention {i.title}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button secondary small" onClick={() => onChange({ ...goal, interventions: [...goal.interventions, blankIntervention()] })}>Add an intervention</button>{' '}
      <button type="button" className="button secondary small" onClick={onRemove}>Remove this goal<span className="visually-hidden"> {goal.title}</span></button>
    </fieldset>
  );
}

/** One need of a template: its title and domain, and its goals. */
export function TemplateNeedEditor({ need, path, onChange, onRemove, error }: { need: TemplateNeed; path: string; onChange: (n: TemplateNeed) => void; onRemove: () => void; error: ApiRequestError | null }) {
  return (
    <fieldset className="card template-need">
      <legend>Need</legend>
      <div className="form-row">
        <TemplateField id={`tpl-${need.id}-title`} label="Need or problem" value={need.title} path={`${path}.title`} error={error} onChange={(title) => onChange({ ...need, title })} />
        <div className="field">
          <label htmlFor={`tpl-${need.id}-domain`}>Domain</label>
          <select id={`tpl-${need.id}-domain`} value={need.domain} onChange={(e) => onChange({ ...need, domain: e.target.value as TemplateNeed['domain'] })}>
            {NEED_DOMAINS.map((d) => <option key={d} value={d}>{words(d)}</option>)}
          </select>
        </div>
      </div>
      {need.goals.map((g, n) => (
        <GoalEditor key={g.id} goal={g} path={`${path}.goals.${n}`} error={error}
          onChange={(goal) => onChange({ ...need, goals: replaceAt(need.goals, n, goal) })} onRemove={() => onChange({ ...need, goals: removeAt(need.goals, n) })} />
      ))}
      <button type="button" className="button secondary small" onClick={() => onChange({ ...need, goals: [...need.goals, blankGoal()] })}>Add a goal</button>{' '}
      <button type="button" className="button secondary small" onClick={onRemove}>Remove this need<span className="visually-hidden"> {need.title}</span></button>
    </fieldset>
  );
}
