import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/http';
import { i18n } from '../i18n/i18n';

/**
 * Turns an API failure into words for the person: access, absence, no
 * connection, or something else, in the language shown (the common catalog).
 * Any other refusal is the server's own sentence, which is English.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return i18n.t('errors.generic');
  if (error.status === 404) return i18n.t('errors.notFound');
  if (error.status === 403) return i18n.t('errors.forbidden');
  if (error.code === 'network') return i18n.t('errors.network');
  return error.message;
}

/** An alert region for a failed load or action. */
export function ErrorMessage({ error }: { error: unknown }) {
  // Subscribes to the language, so the sentence follows a switch.
  useTranslation();
  if (!error) return null;
  return <p className="alert" role="alert">{describeError(error)}</p>;
}
