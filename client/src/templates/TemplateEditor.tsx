import type { PlanTemplate, PlanTemplateInput } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { templateEndpoints } from '../api/templateEndpoints';
import { FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { blankNeed, blankTemplate, removeAt, replaceAt } from './templateDraft';
import { TemplateField } from './TemplateField';
import { TemplateNeedEditor } from './TemplateNeedEditor';

/**
 * Adds a template, or edits one into its next version (plans built from the
 * version being edited keep naming it). Every problem comes back as a sentence
 * beside its field.
 */
export function TemplateEditor({ editing, onSaved, onCancel }: { editing: PlanTemplate | null; onSaved: (saved: PlanTemplate) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<PlanTemplateInput>(() => (editing ? structuredClone(editing.template) : blankTemplate()));
  const { busy, error, submit } = useFormSubmit('The template was not saved. Please try again.');
  // The request body nests the template under `template` when editing.
  const at = (path: string) => (editing ? `template.${path}` : path);
  const save = (event: FormEvent) => submit(event, async () => {
    onSaved(editing ? await templateEndpoints.update(editing.id, editing.version, draft) : await templateEndpoints.create(draft));
  });
  const heading = editing ? `Edit “${editing.template.title}” (saves version ${editing.version + 1})` : 'New template';
  return (
    <form className="template-editor" onSubmit={(e) => void save(e)} noValidate aria-labelledby="template-editor-title">
      <h2 id="template-editor-title">{heading}</h2>
      <TemplateField id="tpl-title" label="Template name" value={draft.title} path={at('title')} error={error} onChange={(title) => setDraft({ ...draft, title })} />
      <TemplateField id="tpl-description" label="When to use it" value={draft.description} path={at('description')} error={error} onChange={(description) => setDraft({ ...draft, description })} />
      <fieldset className="template-sources">
        <legend>Sources</legend>
        {draft.sources.map((s, n) => (
          <div className="form-row" key={n}>
            <TemplateField id={`tpl-source-${n}-title`} label="Guideline or program" value={s.title} path={at(`sources.${n}.title`)} error={error}
              onChange={(title) => setDraft({ ...draft, sources: replaceAt(draft.sources, n, { ...s, title }) })} />
            <TemplateField id={`tpl-source-${n}-url`} label="Web address" type="url" value={s.url} path={at(`sources.${n}.url`)} error={error}
              onChange={(url) => setDraft({ ...draft, sources: replaceAt(draft.sources, n, { ...s, url }) })} />
            <button type="button" className="button secondary small" onClick={() => setDraft({ ...draft, sources: removeAt(draft.sources, n) })}>
              Remove<span className="visually-hidden"> source {s.title}</span>
            </button>
          </div>
        ))}
        {error?.fieldMessage(at('sources')) && <p className="field-error">{error.fieldMessage(at('sources'))}</p>}
        <button type="button" className="button secondary small" onClick={() => setDraft({ ...draft, sources: [...draft.sources, { title: '', url: '' }] })}>Add a source</button>
      </fieldset>
      {draft.needs.map((need, n) => (
        <TemplateNeedEditor key={need.id} need={need} path={at(`needs.${n}`)} error={error}
          onChange={(next) => setDraft({ ...draft, needs: replaceAt(draft.needs, n, next) })} onRemove={() => setDraft({ ...draft, needs: removeAt(draft.needs, n) })} />
      ))}
      {error?.fieldMessage(at('needs')) && <p className="field-error">{error.fieldMessage(at('needs'))}</p>}
      <button type="button" className="button secondary small" onClick={() => setDraft({ ...draft, needs: [...draft.needs, blankNeed()] })}>Add a need</button>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>{busy ? 'Saving…' : editing ? 'Save as a new version' : 'Add template'}</button>{' '}
        <button type="button" className="button secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
