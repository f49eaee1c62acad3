import type { WorkItem } from '@carehuddle/shared';
import type { PatientRecord, TrackedItemRecord } from '../../storage/port';
import type { EpisodeFact } from '../enrollment/episodes';
import { carePlanDeadline, DEFAULT_SETTINGS, planReviewDeadline, screeningDeadline, transitionDeadlines, type CoordinationSettings, type Deadline } from './coordinationRules';
import { statusWithAttempts, type AttemptFact } from './outreachRules';
import { annualVisitDeadline, careGapDeadline, referralDeadlines, testResultDeadline, type ReferralStep, type TestResultStep } from './trackingRules';

type Data = Record<string, string | boolean | null | undefined>;
const str = (d: Data, k: string): string | null => (typeof d[k] === 'string' ? (d[k]) : null);

/** The day of a patient's last completed screening among their tracked items (only completing a screening records one). */
export function lastScreenedOn(items: readonly TrackedItemRecord[]): string | null {
  return items.filter((i) => i.kind === 'screening').map((i) => str(JSON.parse(i.data) as Data, 'screenedOn')).filter((v): v is string => v !== null).sort().at(-1) ?? null;
}

/** The day a screening or plan review item records, for telling which episode it belongs to. */
const EPISODE_BOUND_FIELD: Record<string, string> = { screening: 'screenedOn', plan_review: 'reviewedOn' };

/**
 * A re-enrolled member starts the clock again: screenings and plan reviews
 * from before the current episode do not count for it. The first episode
 * keeps everything (records of an intake visit may precede the enrollment date).
 */
function itemsOfEpisode(patient: PatientRecord, items: readonly TrackedItemRecord[], episode: EpisodeFact | undefined): readonly TrackedItemRecord[] {
  if (!episode || episode.startedOn <= patient.enrollmentDate) return items;
  return items.filter((i) => {
    const field = EPISODE_BOUND_FIELD[i.kind];
    if (!field) return true;
    const on = str(JSON.parse(i.data) as Data, field);
    return on !== null && on >= episode.startedOn;
  });
}

/**
 * The screening clock of the current episode: when it started and the last
 * screening that counts for it (the patient header shows what the worklist
 * reckons, so a re-enrolled member's header does not keep an old "done").
 */
export function episodeScreening(patient: PatientRecord, items: readonly TrackedItemRecord[], episode: EpisodeFact | undefined): { startedOn: string; screenedOn: string | null } {
  return { startedOn: episode?.startedOn ?? patient.enrollmentDate, screenedOn: lastScreenedOn(itemsOfEpisode(patient, items, episode)) };
}

/**
 * Every deadline of one patient, derived by the rules from the patient and
 * their tracked items. Deadlines follow the current enrollment `episode`
 * (the screening is due 30 days after it began; a disenrolled member has none);
 * without one, the enrollment date starts the clock.
 */
export function deadlinesFor(
  patient: PatientRecord, allItems: readonly TrackedItemRecord[], today: string, settings: CoordinationSettings = DEFAULT_SETTINGS, attempts: readonly AttemptFact[] = [],
  episode?: EpisodeFact,
): WorkItem[] {
  if (episode?.endedOn !== undefined) return [];
  const enrolledOn = episode?.startedOn ?? patient.enrollmentDate;
  const items = itemsOfEpisode(patient, allItems, episode);
  const parsed = items.map((i) => ({ item: i, data: JSON.parse(i.data) as Data }));
  const latest = (kind: string, field: string) => parsed.filter((p) => p.item.kind === kind).map((p) => str(p.data, field)).filter((v): v is string => v !== null).sort().at(-1) ?? null;
  const first = (kind: string, field: string) => parsed.filter((p) => p.item.kind === kind).map((p) => str(p.data, field)).filter((v): v is string => v !== null).sort()[0] ?? null;
  // Only a completed screening closes the deadline: a risk level set by hand does not.
  const screenedOn = lastScreenedOn(items);
  const out: WorkItem[] = [];
  const push = (d: Deadline | null, item: TrackedItemRecord | null) => {
    if (!d) return;
    const status = statusWithAttempts({ kind: d.kind, itemId: item?.id ?? null, dueDate: d.dueDate, status: d.status }, attempts, settings.unableToReachAttempts ?? 3);
    out.push({
      itemId: item?.id ?? null, patientId: patient.id, patientName: patient.name, riskLevel: patient.riskLevel, kind: d.kind, category: item?.category ?? 'clinical', title: d.title,
      dueDate: d.dueDate, status, ownerId: item?.ownerId ?? null, link: `/patients/${patient.id}#coordination`,
    });
  };
  push(screeningDeadline(enrolledOn, screenedOn, today), null);
  push(carePlanDeadline(screenedOn, first('plan_review', 'reviewedOn'), today, settings), null);
  push(planReviewDeadline(latest('plan_review', 'reviewedOn'), patient.riskLevel, today, settings), null);
  const visits = parsed.filter((p) => p.item.kind === 'annual_visit');
  const lastVisit = visits.at(-1);
  push(annualVisitDeadline(lastVisit ? str(lastVisit.data, 'lastVisitOn') : null, lastVisit ? str(lastVisit.data, 'scheduledOn') : null, enrolledOn, today), lastVisit?.item ?? null);
  for (const { item, data } of parsed) {
    switch (item.kind) {
      case 'transition':
        for (const d of transitionDeadlines({ dischargedOn: str(data, 'dischargedOn')!, facility: str(data, 'facility') ?? '', followUpOn: str(data, 'followUpOn'), reconciledOn: str(data, 'reconciledOn') }, today)) push(d, item);
        break;
      case 'referral':
        for (const d of referralDeadlines({
          specialty: str(data, 'specialty') ?? '', step: (str(data, 'step') ?? 'draft') as ReferralStep, stepSince: str(data, 'stepSince')!,
          priorAuth: (str(data, 'priorAuth') ?? 'not_needed') as 'not_needed', priorAuthSince: str(data, 'priorAuthSince'),
        }, today)) push(d, item);
        break;
      case 'test_result':
        push(testResultDeadline({ name: str(data, 'name') ?? '', step: (str(data, 'step') ?? 'ordered') as TestResultStep, stepSince: str(data, 'stepSince')! }, today), item);
        break;
      case 'care_gap':
        push(careGapDeadline({ description: str(data, 'description') ?? '', dueDate: str(data, 'dueDate')!, closedOn: str(data, 'closedOn') }, today), item);
        break;
      default:
        break;
    }
  }
  return out;
}
