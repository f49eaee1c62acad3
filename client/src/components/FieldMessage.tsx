import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../api/http';

const messageId = (inputId: string) => `${inputId}-error`;

/** The server's message for one form field, shown under the input whose id is given. */
export function FieldMessage({ error, field, inputId }: { error: ApiRequestError | null; field: string; inputId: string }) {
  const message = error?.fieldMessage(field);
  if (!message) return null;
  return <p className="field-error" id={messageId(inputId)}>{message}</p>;
}

/** Marks an input invalid and points it at its message (and hint), so screen readers read them with the field. */
export function fieldErrorProps(error: ApiRequestError | null, field: string, inputId: string, hintId?: string): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  const invalid = Boolean(error?.fieldMessage(field));
  const describedBy = [hintId, invalid ? messageId(inputId) : undefined].filter(Boolean).join(' ');
  return describedBy ? { 'aria-invalid': invalid, 'aria-describedby': describedBy } : { 'aria-invalid': invalid };
}

/** The form-level alert: the server's message, or a pointer to the field messages so screen readers hear that something failed. */
export function FormError({ error }: { error: ApiRequestError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const whole = error.fields.filter((f) => f.path === '' || f.path === 'body');
  const text = whole.length > 0 ? whole.map((f) => f.message).join(' ')
    : error.fields.length > 0 ? t('errors.checkFields') : error.code === 'network' ? t('errors.network') : error.message;
  return <p className="alert" role="alert">{text}</p>;
}
