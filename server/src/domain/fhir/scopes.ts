import type { FhirResourceType } from '@carehuddle/shared';
import type { ApiClientRecord } from '../../storage/port';

/**
 * Whether a client's scopes let it read a type for a patient. `system/…`
 * covers every patient of the organization; `patient/…` only the client's own
 * patient. A wildcard never covers AuditEvent: reading who looked at a
 * patient's record is granted by name (`system/AuditEvent.read`).
 */
export function scopeAllows(client: Pick<ApiClientRecord, 'scopes' | 'patientId'>, type: FhirResourceType, patientId: string): boolean {
  return client.scopes.some((scope) => {
    const [context, rest] = scope.split('/') as [string, string];
    const scopedType = rest.slice(0, -'.read'.length);
    if (scopedType !== type && (scopedType !== '*' || type === 'AuditEvent')) return false;
    return context === 'system' || (context === 'patient' && client.patientId === patientId);
  });
}
