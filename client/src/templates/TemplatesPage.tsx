import type { PlanTemplate } from '@carehuddle/shared';
import { useState } from 'react';
import { templateEndpoints } from '../api/templateEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { TemplateEditor } from './TemplateEditor';

/** Organization admins keep the plan template library: add templates and edit them into new versions. */
export function TemplatesPage() {
  const { data, error, reload } = useServerQuery(['templates'], () => templateEndpoints.list());
  const [editing, setEditing] = useState<PlanTemplate | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const edit = (templateId: string) => {
    setSaved(null);
    templateEndpoints.read(templateId).then(setEditing, setOpenError);
  };
  return (
    <>
      <h1>Plan templates</h1>
      <p className="muted">Coordinators start care plans from these. Editing a template saves a new version; plans built from an earlier version keep naming it.</p>
      <ErrorMessage error={error ?? openError} />
      {saved && <p className="notice" role="status">{saved}</p>}
      {editing ? (
        <section className="card">
          <TemplateEditor key={editing === 'new' ? 'new' : `${editing.id}@${editing.version}`} editing={editing === 'new' ? null : editing} onCancel={() => setEditing(null)}
            onSaved={(t) => { setSaved(`Saved “${t.template.title}”, version ${t.version}.`); setEditing(null); reload(); }} />
        </section>
      ) : (
        <button type="button" className="button" onClick={() => { setSaved(null); setEditing('new'); }}>New template</button>
      )}
      <section className="card" aria-labelledby="template-list-title">
        <h2 id="template-list-title">Library</h2>
        <ul className="template-list">
          {data?.templates.map((t) => (
            <li key={t.id}>
              <div>
                <strong>{t.title}</strong> <span className="muted">version {t.version}</span>
                <p className="muted">{t.description}</p>
              </div>
              <button type="button" className="button secondary small" onClick={() => edit(t.id)}>Edit<span className="visually-hidden"> {t.title}</span></button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
