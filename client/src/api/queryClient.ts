import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of server data for the app (TanStack Query). Its defaults:
 * - no automatic retries: a refusal (403, 404, 422) will not change on a
 *   second try, a 401 opens the sign-in dialog (see `http.ts`), and a network
 *   failure is retried when the browser is back online (`refetchOnReconnect`);
 *   the person sees the error at once instead of after seconds of backoff;
 * - data is stale at once, so a page opened again shows what it had and fetches
 *   anew; it also fetches again when the window regains focus, because another
 *   member of the team may have changed the patient meanwhile.
 * The session clears it at sign-out (patient data must not outlive the
 * person's use of this device) and refetches it after signing in again.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: false,
      staleTime: 0,
      refetchOnWindowFocus: true,
      refetchOnReconnect: true,
    },
  },
});
