import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/http';

/**
 * One form submission at a time: busy while it runs, and the server's error
 * (with its field messages) kept for the form to show when it fails.
 * `handled` may take an error over (e.g. a link that stopped working).
 */
export function useFormSubmit(failureMessage: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const submit = async (event: FormEvent, work: () => Promise<void>, handled?: (error: ApiRequestError) => boolean): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      const failure = e instanceof ApiRequestError ? e : new ApiRequestError(0, 'internal', failureMessage);
      if (!handled?.(failure)) setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
