import { ApiRequestError } from '../api/http';

/** Turns an API failure into words for the person: access, absence, or something else. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return 'Something went wrong. Please try again.';
  if (error.status === 404) return "Not found — or you don't have access to this patient.";
  if (error.status === 403) return "You don't have permission to do that.";
  return error.message;
}

/** An alert region for a failed load or action. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return <p className="alert" role="alert">{describeError(error)}</p>;
}
