import type { ApiRequestError } from '../api/http';
import { FieldMessage, fieldErrorProps } from '../components/FieldMessage';

/** One labelled input of the template editor, with the server's sentence for its path shown beside it. */
export function TemplateField({ id, label, value, onChange, error, path, type = 'text' }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: ApiRequestError | null;
  /** The field's path in the request body, e.g. `needs.0.goals.1.title`. */
  path: string;
  type?: 'text' | 'number' | 'url';
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} min={type === 'number' ? 0 : undefined} onChange={(e) => onChange(e.target.value)} {...fieldErrorProps(error, path, id)} />
      <FieldMessage error={error} field={path} inputId={id} />
    </div>
  );
}
