import type { DismissAlert, InboundAlert, ReviewQueue } from '@carehuddle/shared';
import { api } from './http';

const one = (alertId: string) => `/api/interfaces/review/${encodeURIComponent(alertId)}`;

/** Typed calls to the admission alert review queue. */
export const alertEndpoints = {
  queue: () => api<ReviewQueue>('GET', '/api/interfaces/review'),
  match: (alertId: string, patientId: string) => api<InboundAlert>('POST', `${one(alertId)}/match`, { patientId }),
  dismiss: (alertId: string, reason: DismissAlert['reason'] | '') => api<void>('POST', `${one(alertId)}/dismiss`, { reason }),
};
