import { SCREENING_ANSWERS_MAP, screeningDocumentName, type ScreeningAnswers } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Store } from '../../storage/port';
import { DEMO_PATIENTS } from './demoData';

/** James's screening, half filled in on a call: his coordinator (the nurse) asked the health questions, his physician the social needs. */
const JAMES_ANSWERS: ReadonlyArray<{ by: string; answers: ScreeningAnswers }> = [
  { by: 'nurse', answers: { 'hra-conditions': ['diabetes', 'hypertension', 'chronic_kidney_disease'], 'hra-admissions': 1, 'hra-ed-visits': 2, 'hra-medications': 8, 'hra-falls': 0, 'hra-self-rated-health': 'fair' } },
  { by: 'physician', answers: { 'hrsn-1': 'worried', 'hrsn-2': ['none'], 'hrsn-3': 'sometimes' } },
];

/**
 * The risk history behind each demo patient's level (set by their coordinator
 * at the first screening) and, for the patient not yet screened, a screening in
 * progress whose live document has answers from two people.
 */
export async function seedDemoScreenings(store: Store, patients: ReadonlyMap<string, { id: string; enrollmentDate: string }>, userIds: ReadonlyMap<string, string>, now: Date): Promise<void> {
  for (const p of DEMO_PATIENTS) {
    const patient = patients.get(p.name)!;
    const lead = userIds.get(p.team[0]![0])!;
    const record = await store.patients.findById(patient.id);
    if (p.riskLevel && record?.riskSetAt) {
      await store.screenings.recordRiskChange({
        id: randomUUID(), patientId: patient.id, from: null, to: p.riskLevel, reason: 'Set at the initial health screening (recorded before scored screenings).',
        by: lead, at: record.riskSetAt, screeningId: null,
      });
    }
  }
  const james = patients.get('James Whitfield')!;
  const id = randomUUID();
  const startedAt = new Date(now.getTime() - 3_600_000).toISOString();
  await store.screenings.start({
    id, patientId: james.id, status: 'in_progress', amendsId: null, startedBy: userIds.get('nurse')!, startedAt,
    completedBy: null, completedAt: null, answers: null, outcome: null, needs: '[]',
  });
  const name = screeningDocumentName(james.id, id);
  const doc = new Y.Doc();
  for (const { by, answers } of JAMES_ANSWERS) {
    const before = Y.encodeStateVector(doc);
    for (const [linkId, value] of Object.entries(answers)) doc.getMap(SCREENING_ANSWERS_MAP).set(linkId, value);
    const userId = userIds.get(by)!;
    await store.documents.append(name, [{ update: Y.encodeStateAsUpdate(doc, before), userId, at: startedAt }]);
    await store.documents.recordAttribution(name, Object.keys(answers).map((linkId) => ({ itemKey: `${SCREENING_ANSWERS_MAP}/${linkId}`, userId, at: startedAt })));
  }
  doc.destroy();
}
