import { planDocumentName, type ActiveProblem } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import type { Services } from '../services';
import { planContent } from './planContent';
import type { CurrentPlanState } from './planVersions';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/**
 * The clinical plan's unresolved needs, for the patient header. They are
 * clinical data: only those who may read the clinical document get them;
 * anyone else gets the same 404 as for a document they cannot open.
 */
export async function readActiveProblems(services: Services, actor: Actor, patientId: string, current: CurrentPlanState): Promise<ActiveProblem[]> {
  const { membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'plan.problems' });
  const audit = { actor, role: membership.role, patientId, action: 'R' as const, type: 'plan.problems', resourceType: 'Condition', category: 'clinical' };
  if (planDocumentAccess(membership, 'clinical', preferences) === 'none') {
    await services.audit.record({ ...audit, outcome: 'denied' });
    throw notFound('Problem list');
  }
  const needs = planContent(await current(planDocumentName(patientId, 'clinical')), 'clinical').needs ?? {};
  const problems = Object.entries(needs)
    .map(([id, raw]) => {
      // A need written as bare text (older clients, scripts) is still a problem with that title.
      const item = (typeof raw === 'object' && raw !== null ? raw : { title: raw }) as Record<string, unknown>;
      return { id, title: text(item.title) ?? 'Untitled need', domain: text(item.domain), status: text(item.status), createdAt: text(item.createdAt) ?? '' };
    })
    .filter((p) => p.status !== 'resolved')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(({ createdAt: _createdAt, ...p }) => p);
  await services.audit.record({ ...audit, outcome: 'success' });
  return problems;
}
