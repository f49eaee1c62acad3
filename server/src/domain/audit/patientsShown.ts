import type { Actor } from '../actor';
import type { Services } from '../services';

/** Anything that names patients on its agenda: a stored or presented conference. */
interface WithAgenda {
  id: string;
  agenda: ReadonlyArray<{ patientId?: string | null }>;
}

/** The patients a conference shows (its agenda's patients), each once. */
export function agendaPatients(conference: WithAgenda): string[] {
  return [...new Set(conference.agenda.flatMap((a) => (a.patientId ? [a.patientId] : [])))];
}

/**
 * Audits that conferences were shown to a user: one record per conference and
 * agenda patient, so the read appears in each patient's trail. Awaited before
 * the conferences are served (fail closed).
 */
export async function recordConferencesShown(
  services: Services, actor: Actor, conferences: readonly WithAgenda[], type: string, action: 'R' | 'C' | 'U' = 'R',
): Promise<void> {
  if (conferences.length === 0) {
    await services.audit.record({ actor, action, type, resourceType: 'Encounter', outcome: 'success' });
    return;
  }
  for (const c of conferences) {
    await services.audit.recordForPatients({ actor, action, type, resourceType: 'Encounter', resourceId: c.id, outcome: 'success' }, agendaPatients(c));
  }
}
