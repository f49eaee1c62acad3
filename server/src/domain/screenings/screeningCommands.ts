import {
  answerProblem, enabledQuestions, FLAG_RULES, missingRequiredAnswers, scoreScreening, screeningDocumentName,
  type AttributedAnswer, type ProposedNeed, type ScreeningAnswers, type ScreeningOutcome, type StartScreeningInput,
} from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { conflict, DomainError } from '../errors';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { requireScreening, requireScreeningRole } from './screeningAccess';

/**
 * Starts a screening (or joins the one in progress: a patient has at most one),
 * whose live document the team then fills in together. An amendment starts
 * from the answers of the completed screening it corrects.
 */
export async function startScreening(services: Services, actor: Actor, patientId: string, input: StartScreeningInput): Promise<{ id: string; documentName: string }> {
  const { membership } = await requireScreeningRole(services, actor, patientId, 'administering staff', 'screening.start', 'C');
  const all = await services.store.screenings.listForPatient(patientId);
  const open = all.find((s) => s.status === 'in_progress');
  if (open) {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'screening.join', resourceType: 'QuestionnaireResponse', resourceId: open.id, outcome: 'success' });
    return { id: open.id, documentName: screeningDocumentName(patientId, open.id) };
  }
  let seed: AttributedAnswer[] = [];
  if (input.amendsId) {
    const amended = await requireScreening(services, patientId, input.amendsId);
    if (amended.status !== 'completed') throw new DomainError('validation_failed', 'Only a completed screening can be amended.', [{ path: 'amendsId', message: 'Only a completed screening can be amended.' }]);
    if (all.some((s) => s.amendsId === amended.id)) throw conflict('This screening has already been amended; amend the newest version.');
    seed = JSON.parse(amended.answers ?? '[]') as AttributedAnswer[];
  }
  const id = randomUUID();
  const now = services.clock.now().toISOString();
  await services.store.screenings.start({
    id, patientId, status: 'in_progress', amendsId: input.amendsId ?? null, startedBy: actor.userId, startedAt: now,
    completedBy: null, completedAt: null, answers: null, outcome: null, needs: '[]',
  });
  const documentName = screeningDocumentName(patientId, id);
  if (seed.length > 0) await services.screeningDocuments.write(documentName, Object.fromEntries(seed.map((a) => [a.linkId, a.value])), actor.userId);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'C', type: 'screening.start', resourceType: 'QuestionnaireResponse', resourceId: id, outcome: 'success' });
  return { id, documentName };
}

/** The answers to keep: valid values of questions that are asked (answers left behind by skip logic are dropped). */
function answersToKeep(live: ScreeningAnswers): ScreeningAnswers {
  const kept: Record<string, ScreeningAnswers[string]> = {};
  for (const item of enabledQuestions(live)) {
    const value = live[item.linkId];
    if (value === undefined) continue;
    const problem = answerProblem(item.linkId, value);
    if (problem) throw new DomainError('validation_failed', problem, [{ path: item.linkId, message: problem }]);
    kept[item.linkId] = value;
  }
  return kept;
}

/** Proposed needs from the flags, one per flag kind. */
function proposedNeeds(outcome: ScreeningOutcome): ProposedNeed[] {
  const seen = new Set<string>();
  return outcome.flags.filter((f) => !seen.has(f.code) && seen.add(f.code)).map((f) => ({
    flagCode: f.code, title: f.label, reason: f.reason, domain: FLAG_RULES[f.code].domain, status: 'proposed', decidedBy: null, decidedAt: null,
  }));
}

/**
 * Completes a screening: checks the required answers, scores it and stores the
 * response once (immutable from then on), with who gave each answer and when.
 * The health screening deadline closes here, and only here.
 */
export async function completeScreening(services: Services, actor: Actor, patientId: string, screeningId: string): Promise<void> {
  const { membership } = await requireScreeningRole(services, actor, patientId, 'administering staff', 'screening.complete');
  const screening = await requireScreening(services, patientId, screeningId);
  if (screening.status === 'completed') throw conflict('This screening is already completed; correct it with an amendment.');
  const documentName = screeningDocumentName(patientId, screeningId);
  const live = await services.screeningDocuments.read(documentName);
  const answers = answersToKeep(live.answers);
  const missing = missingRequiredAnswers(answers);
  if (missing.length > 0) throw new DomainError('validation_failed', 'Answer every required question before completing the screening.', missing.map((m) => ({ path: m.linkId, message: m.message })));
  const result = scoreScreening(answers);
  const outcome: ScreeningOutcome = {
    scores: result.scores, flags: result.flags.map(({ code, label, reason, weight }) => ({ code, label, reason, weight })),
    riskLevel: result.riskLevel, reasons: result.reasons, summary: result.summary,
  };
  const now = services.clock.now().toISOString();
  const attributed = Object.entries(answers).map(([linkId, value]) => {
    const by = live.attribution.get(linkId);
    return { linkId, value, userId: by?.userId ?? actor.userId, at: by?.at ?? now };
  });
  const stored = await services.store.screenings.complete(screeningId, {
    completedBy: actor.userId, completedAt: now, answers: JSON.stringify(attributed), outcome: JSON.stringify(outcome), needs: JSON.stringify(proposedNeeds(outcome)),
  });
  if (!stored) throw conflict('This screening is already completed; correct it with an amendment.');
  await services.store.tracking.insert({
    id: randomUUID(), patientId, kind: 'screening', category: 'clinical', ownerId: null, createdAt: now, updatedAt: now,
    data: JSON.stringify({ screenedOn: todayFor(services), screeningId, proposedRiskLevel: outcome.riskLevel }),
  });
  await services.audit.record({ actor, role: membership.role, patientId, action: 'C', type: 'screening.complete', resourceType: 'QuestionnaireResponse', resourceId: screeningId, outcome: 'success' });
  await services.screeningDocuments.markCompleted(documentName, screeningId).catch(() => undefined);
  services.events.publish({ type: 'worklist.changed', patientId, category: 'clinical' });
}
