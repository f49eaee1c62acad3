import { addDays } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Store, TaskRecord } from '../../storage/port';
import { seedDemoPlan } from './demoPlans';

type Ids = ReadonlyMap<string, string>;
type Patients = ReadonlyMap<string, { id: string; enrollmentDate: string }>;

/** Demo tasks: [patient, id, title, owner key, due in days, status, priority, source, label, category]. */
const TASKS: ReadonlyArray<readonly [string, string, string, string, number, TaskRecord['status'], TaskRecord['priority'], TaskRecord['source'], string, TaskRecord['category']]> = [
  ['Rosa Delgado', 'demo-task-meals', 'Apply for home-delivered meals', 'socialworker', 3, 'open', 'high', 'conference_action', 'Conference: Weekly huddle', 'clinical'],
  ['Rosa Delgado', 'demo-task-weights', 'Teach-back on daily weights', 'nurse', -1, 'in_progress', 'normal', 'plan_intervention', 'Care plan', 'clinical'],
  ['Rosa Delgado', 'demo-task-pillbox', 'Set up a weekly pill organizer', 'pharmacist', -6, 'done', 'normal', 'reconciliation_follow_up', 'Medication reconciliation', 'clinical'],
  // Behavioral health: only those Rosa's consent and roles let read that document see it; it is not written into the clinical plan.
  ['Rosa Delgado', 'demo-task-phq', 'Repeat the PHQ-9 in two weeks', 'behavioral', 10, 'open', 'normal', 'screening_flag', 'Screening: PHQ-9 = 12', 'behavioralHealth'],
  ['Walter Kim', 'demo-task-follow-up', 'Book the 7-day follow-up visit', 'coordinator', 2, 'open', 'urgent', 'tracking_step', 'Discharge from St. Mary Medical Center', 'clinical'],
];

/** Demo contact attempts: [patient, days after enrollment (or before today when negative), channel, reached, outcome, purpose, note]. */
const ATTEMPTS: ReadonlyArray<readonly [string, number, string, string, string, string, string]> = [
  // James Whitfield: three unsuccessful attempts on different days within his screening deadline — "unable to reach".
  ['James Whitfield', 3, 'phone', 'nobody', 'left_message', 'screening', 'Voicemail on the home number.'],
  ['James Whitfield', 9, 'text', 'nobody', 'unable_to_reach', 'screening', 'No reply to the text.'],
  ['James Whitfield', 16, 'letter', 'nobody', 'unable_to_reach', 'screening', 'Letter returned: not at this address.'],
  // Rosa was last reached more than 30 days ago; Amara last week.
  ['Rosa Delgado', -45, 'phone', 'caregiver', 'reached', 'annual_review', 'Spoke with Elena about the review.'],
  ['Amara Okafor', -8, 'in_person', 'member', 'reached', 'annual_review', 'Home visit; booked the flu vaccine.'],
];

/**
 * Writes the demo task list and outreach log; clinical tasks are also
 * interventions in the patient's clinical plan (same id), as the projection keeps them.
 */
export async function seedDemoTasks(store: Store, today: string, patients: Patients, userIds: Ids, now: Date): Promise<void> {
  const at = now.toISOString();
  for (const [patient, id, title, owner, dueIn, status, priority, source, sourceLabel, category] of TASKS) {
    const patientId = patients.get(patient)!.id;
    const ownerId = userIds.get(owner)!;
    const dueDate = addDays(today, dueIn);
    await store.tasks.insert({
      id, patientId, title, ownerId, dueDate, status, priority, source, sourceLabel, link: `/patients/${patientId}#tasks`, category,
      handoffNote: '', goalId: null, createdBy: userIds.get('coordinator')!, createdAt: at, updatedAt: at,
    });
    if (category === 'clinical') {
      await seedDemoPlan(store, patientId, { clinical: { author: 'coordinator', sections: { interventions: [{ id, title, owner: ownerId, dueDate, status, source: sourceLabel }] } } }, userIds, now);
    }
  }
  for (const [patient, day, channel, reached, outcome, purpose, note] of ATTEMPTS) {
    const { id: patientId, enrollmentDate } = patients.get(patient)!;
    const attemptedOn = day >= 0 ? addDays(enrollmentDate, day) : addDays(today, day);
    const by = userIds.get(patient === 'James Whitfield' ? 'nurse' : patient === 'Amara Okafor' ? 'chw' : 'coordinator')!;
    await store.outreach.insert({
      id: randomUUID(), patientId, channel, direction: 'outbound', reached, outcome, attemptedOn, note, nextAttemptOn: outcome === 'reached' ? null : addDays(attemptedOn, 5),
      purpose, targetId: null, by, recordedAt: `${attemptedOn}T15:00:00.000Z`,
    });
  }
}
