import { screeningDocumentName, type AttributedAnswer, type ProposedNeed, type Screening, type ScreeningOutcome } from '@carehuddle/shared';
import type { ScreeningRecord } from '../../storage/port';
import type { Actor } from '../actor';
import type { Services } from '../services';
import { requireScreening, requireScreeningRole } from './screeningAccess';

interface StoredAnswer { linkId: string; value: AttributedAnswer['value']; userId: string; at: string }

/** Screenings as the API shows them, with people's names. */
export async function presentScreenings(services: Services, records: readonly ScreeningRecord[], live?: StoredAnswer[]): Promise<Screening[]> {
  const answersOf = (r: ScreeningRecord) => (r.status === 'in_progress' && live ? live : JSON.parse(r.answers ?? '[]') as StoredAnswer[]);
  const ids = new Set(records.flatMap((r) => [r.startedBy, ...(r.completedBy ? [r.completedBy] : []), ...answersOf(r).map((a) => a.userId)]));
  const names = new Map((await services.store.users.findManyByIds([...ids])).map((u) => [u.id, u.name]));
  const person = (userId: string) => ({ userId, name: names.get(userId) ?? 'Former team member' });
  const all = await Promise.all(records.map((r) => services.store.screenings.listForPatient(r.patientId)));
  return records.map((r, i) => ({
    id: r.id, patientId: r.patientId, status: r.status, documentName: screeningDocumentName(r.patientId, r.id), amendsId: r.amendsId,
    amendedById: all[i]?.find((s) => s.amendsId === r.id)?.id ?? null,
    startedBy: person(r.startedBy), startedAt: r.startedAt,
    completedBy: r.completedBy ? person(r.completedBy) : null, completedAt: r.completedAt,
    answers: answersOf(r).map((a) => ({ linkId: a.linkId, value: a.value, by: person(a.userId), at: a.at })),
    outcome: r.outcome ? (JSON.parse(r.outcome) as ScreeningOutcome) : null,
    proposedNeeds: JSON.parse(r.needs) as ProposedNeed[],
  }));
}

/** A patient's screenings, newest first (administering staff only: they hold depression and safety answers). */
export async function listScreenings(services: Services, actor: Actor, patientId: string): Promise<Screening[]> {
  const { membership } = await requireScreeningRole(services, actor, patientId, 'administering staff', 'screening.list', 'R');
  const records = await services.store.screenings.listForPatient(patientId);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'screening.list', resourceType: 'QuestionnaireResponse', resourceId: patientId, outcome: 'success' });
  return presentScreenings(services, records);
}

/** The answers of a screening in progress as they are now, with who gave each (the server's attribution). */
async function liveAnswers(services: Services, record: ScreeningRecord): Promise<StoredAnswer[]> {
  const { answers, attribution } = await services.screeningDocuments.read(screeningDocumentName(record.patientId, record.id));
  return Object.entries(answers).flatMap(([linkId, value]) => {
    const by = attribution.get(linkId);
    return value === undefined || !by ? [] : [{ linkId, value, userId: by.userId, at: by.at }];
  });
}

/** One screening with its answers (live ones while in progress), outcome and proposed needs. */
export async function readScreening(services: Services, actor: Actor, patientId: string, screeningId: string): Promise<Screening> {
  const { membership } = await requireScreeningRole(services, actor, patientId, 'administering staff', 'screening.read', 'R');
  const record = await requireScreening(services, patientId, screeningId);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'screening.read', resourceType: 'QuestionnaireResponse', resourceId: screeningId, outcome: 'success' });
  const [screening] = await presentScreenings(services, [record], record.status === 'in_progress' ? await liveAnswers(services, record) : undefined);
  return screening!;
}
