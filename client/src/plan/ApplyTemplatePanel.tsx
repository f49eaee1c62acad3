import type { PlanTemplate } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { templateEndpoints } from '../api/templateEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { descendantsOf, selectionSummary } from './templatePreview';

/** One item of the preview: a checkbox that keeps or drops it. */
function PreviewItem({ id, kind, title, detail, checked, onToggle }: { id: string; kind: string; title: string; detail?: string | undefined; checked: boolean; onToggle: () => void }) {
  return (
    <div className="preview-item">
      <input type="checkbox" id={`keep-${id}`} checked={checked} onChange={onToggle} />
      <label htmlFor={`keep-${id}`}><span className="tree-kind">{kind}</span> {title}{detail && <span className="muted"> — {detail}</span>}</label>
    </div>
  );
}

/**
 * The coordinator picks a template, sees everything it would add, unticks what
 * does not fit this person, and adds the rest to the live plan in one step.
 */
export function ApplyTemplatePanel({ patientId }: { patientId: string }) {
  const { data: list, error: listError } = useServerQuery(['templates'], () => templateEndpoints.list());
  const [chosen, setChosen] = useState<PlanTemplate | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, submit } = useFormSubmit('The template was not applied. Please try again.');

  const choose = (templateId: string) => {
    setDone(null);
    setDeselected(new Set());
    setChosen(null);
    if (!templateId) return;
    templateEndpoints.read(templateId).then(setChosen, setLoadError);
  };
  const toggle = (itemId: string) => {
    if (!chosen) return;
    const next = new Set(deselected);
    // Unticking a need or a goal unticks what sits under it; ticking brings back only that item.
    if (next.has(itemId)) next.delete(itemId);
    else for (const id of [itemId, ...descendantsOf(chosen.template, itemId)]) next.add(id);
    setDeselected(next);
  };
  const apply = (event: FormEvent) => submit(event, async () => {
    if (!chosen) return;
    const summary = selectionSummary(chosen.template, deselected);
    await templateEndpoints.apply(patientId, { templateId: chosen.id, version: chosen.version, deselected: [...deselected] });
    setDone(`Added ${summary.words} from “${chosen.template.title}” (version ${chosen.version}) to the plan.`);
    setChosen(null);
  });
  const summary = chosen ? selectionSummary(chosen.template, deselected) : null;
  return (
    <section className="card apply-template" aria-labelledby="apply-template-title">
      <h2 id="apply-template-title">Start from a template</h2>
      <ErrorMessage error={listError ?? loadError} />
      <div className="item-field">
        <label htmlFor="template-choice">Template</label>
        <select id="template-choice" value={chosen?.id ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">Choose a template…</option>
          {list?.templates.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
        </select>
      </div>
      {done && <p className="notice" role="status">{done}</p>}
      {chosen && summary && (
        <form onSubmit={(e) => void apply(e)} noValidate aria-label={`Apply ${chosen.template.title}`}>
          <p className="muted">{chosen.template.description} Version {chosen.version}. Untick anything that does not fit; goals join the shared plan as proposed.</p>
          <fieldset className="template-preview">
            <legend>What it adds</legend>
            <ul className="tree-list">
              {chosen.template.needs.map((n) => (
                <li key={n.id}>
                  <PreviewItem id={n.id} kind="Need" title={n.title} checked={!deselected.has(n.id)} onToggle={() => toggle(n.id)} />
                  <ul className="tree-list">
                    {n.goals.map((g) => (
                      <li key={g.id}>
                        <PreviewItem id={g.id} kind="Goal" title={g.title} detail={[g.targetValue, g.targetInDays !== undefined && `in ${g.targetInDays} days`].filter(Boolean).join(', ')}
                          checked={!deselected.has(g.id)} onToggle={() => toggle(g.id)} />
                        <ul className="tree-list">
                          {g.interventions.map((i) => (
                            <li key={i.id}>
                              <PreviewItem id={i.id} kind="Intervention" title={i.title} detail={i.dueInDays !== undefined ? `due in ${i.dueInDays} days` : undefined}
                                checked={!deselected.has(i.id)} onToggle={() => toggle(i.id)} />
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </fieldset>
          <FieldMessage error={error} field="deselected" inputId="template-choice" />
          <FormError error={error} />
          <button type="submit" className="button" disabled={busy || summary.count === 0}>
            {busy ? 'Adding…' : `Add ${summary.words} to the plan`}
          </button>
          <p className="muted">Sources: {chosen.template.sources.map((s, i) => <span key={s.url}>{i > 0 && '; '}<a href={s.url} target="_blank" rel="noreferrer">{s.title}</a></span>)}</p>
        </form>
      )}
    </section>
  );
}
